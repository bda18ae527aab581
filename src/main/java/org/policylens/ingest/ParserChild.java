package org.policylens.ingest;

import org.apache.tika.parser.Parser;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The main class of a parser process ({@link IsolatedIngester}): reads files with {@link TikaIngester}, one request
 * at a time, as {@link ParseWire} messages on standard input and output, until its input ends (the parent closed it
 * or died). Whatever goes wrong in here (a parser out of memory, in an endless loop, or crashing the JVM) ends this
 * process at worst, never the indexing one.
 *
 * <p>Arguments: write limit (characters), parse timeout (ms, a backstop: the parent enforces the budget by killing
 * this process), OCR mode, OCR languages ({@code -} for chosen per document), OCR page timeout (ms).
 */
public final class ParserChild {
    /** For tests: a {@link Parser} class to use in place of Tika's (one that halts the JVM, loops or allocates). */
    static final String TEST_PARSER = "policylens.test.parser";
    private static final DocumentId CHILD_ID = new DocumentId("parser-child");

    private ParserChild() {
    }

    public static void main(String[] args) throws Exception {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(System.err); // a library that prints must not corrupt the messages
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        TikaIngester ingester = ingester(args);
        warmUp(ingester);
        try {
            ParseWire.writeReady(out);
            for (ParseWire.Request r; (r = ParseWire.readRequest(in)) != null; ) {
                ParseWire.writeStarted(out, r.seq());
                ParseResult result;
                try {
                    result = ingester.ingest(r.file(), CHILD_ID);
                } catch (RuntimeException e) {
                    result = new ParseResult.Failed(r.file(), FailureReasons.describe(e, ""));
                }
                ParseWire.writeResult(out, r.seq(), result);
            }
        } catch (IOException e) {
            // the parent is gone: nobody is left to answer
        }
        System.exit(0); // parse threads abandoned by a timeout must not keep the process alive
    }

    /**
     * Reads a line of text once before saying it is ready: the first parse loads Tika's parsers and the language
     * models, seconds on a loaded machine, which would otherwise count against the first real file's time.
     */
    private static void warmUp(TikaIngester ingester) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("policylens-warm-up-", ".txt");
            try {
                java.nio.file.Files.writeString(file, "Decree No. 5 of 12 May 2020 on the programme.\n");
                ingester.ingest(file, CHILD_ID);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the first file then takes longer
        }
    }

    private static TikaIngester ingester(String[] args) throws ReflectiveOperationException {
        IngestLimits limits = new IngestLimits(Duration.ofMillis(Long.parseLong(args[1])), Integer.parseInt(args[0]));
        OcrOptions ocr = new OcrOptions(OcrMode.valueOf(args[2]),
                args[3].equals("-") ? Optional.empty() : Optional.of(args[3]), Duration.ofMillis(Long.parseLong(args[4])));
        String testParser = System.getProperty(TEST_PARSER);
        if (testParser != null) {
            Parser parser = (Parser) Class.forName(testParser).getDeclaredConstructor().newInstance();
            return new TikaIngester(limits, ocr, parser);
        }
        return new TikaIngester(limits, ocr);
    }
}

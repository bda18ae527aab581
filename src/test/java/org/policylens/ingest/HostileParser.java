package org.policylens.ingest;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parser that misbehaves as its file's name says, the ways a real one can in a parser process
 * ({@link ParserChild}): {@code halt} ends the JVM at once with the status of a native crash (SIGABRT), {@code exit} calls
 * {@code System.exit}, {@code hog} allocates until the heap is gone, {@code sleep} never returns, {@code spin} loops
 * on the CPU. Any other file is read as UTF-8 text, one paragraph.
 */
public final class HostileParser implements Parser {
    private static final long serialVersionUID = 1L;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.TEXT_PLAIN);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException {
        String name = String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        if (name.startsWith("halt")) {
            Runtime.getRuntime().halt(134);
        }
        if (name.startsWith("exit")) {
            System.exit(7);
        }
        if (name.startsWith("hog")) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
        if (name.startsWith("sleep")) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // a parser that ignores interrupts
                }
            }
        }
        if (name.startsWith("spin")) {
            long n = 0;
            while (n >= 0) {
                n += name.length(); // no check, no interrupt: only a kill stops it
            }
        }
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        xhtml.element("p", new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        xhtml.endDocument();
    }
}

package org.policylens.ingest;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.policylens.model.Language;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Tesseract, through Tika's {@link TesseractOCRParser}: whether it is installed, which language data it has, the
 * per-parse settings for a pass, and a one-page probe that tells which language a scan is in.
 * Thread-safe once built: Tika's parser keeps no per-parse state.
 */
public final class OcrEngine {
    /** Read a scan whose language is not known yet with the two scripts our documents are written in. */
    static final String PROBE_LANGUAGES = "eng+rus";
    private static final int PROBE_CHARS = 20_000;

    private static final LongAdder PAGES_READ = new LongAdder();
    private static volatile Runnable pageListener;

    private final TesseractOCRParser parser;
    private final boolean available;
    private final Set<String> languages;

    /** Tesseract as found on the PATH. */
    public static OcrEngine onPath() {
        return new OcrEngine(null);
    }

    /** Tesseract from a directory (for tests: a directory without it makes an engine that is not available). */
    static OcrEngine at(String tesseractDirectory) {
        return new OcrEngine(tesseractDirectory);
    }

    private OcrEngine(String tesseractDirectory) {
        parser = new PageCountingParser();
        if (tesseractDirectory != null) {
            parser.setTesseractPath(tesseractDirectory);
        }
        boolean found;
        try {
            parser.initialize(Map.of());
            found = parser.hasTesseract();
        } catch (TikaConfigException | RuntimeException e) {
            found = false;
        }
        available = found;
        languages = found ? listLanguages(tesseractDirectory) : Set.of();
    }

    /** {@code tesseract --list-langs}: Tika's parser does not tell which language data is installed. */
    private static Set<String> listLanguages(String tesseractDirectory) {
        String program = tesseractDirectory == null ? "tesseract" : Path.of(tesseractDirectory, "tesseract").toString();
        try {
            Process p = new ProcessBuilder(program, "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Set.of();
            }
            // the first line names the tessdata folder; then one language per line
            return out.lines().skip(1).map(String::strip).filter(l -> l.matches("[A-Za-z_]+"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    public boolean available() {
        return available;
    }

    /** The Tesseract language data installed ({@code eng}, {@code rus}, {@code uzb_cyrl}, …). */
    public Set<String> languages() {
        return languages;
    }

    /** Image types Tesseract reads (Tika hands them over as their {@code image/ocr-…} twins). */
    private static final Set<MediaType> READABLE_IMAGES = Set.of("png", "jpeg", "tiff", "bmp", "x-ms-bmp", "gif", "jp2",
            "jpx", "x-portable-pixmap").stream().map(MediaType::image).collect(Collectors.toUnmodifiableSet());

    /** Whether a file of this type is a picture of text that Tesseract can read. */
    static boolean readsImage(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        return type != null && READABLE_IMAGES.contains(type.getBaseType());
    }

    /** The parser to route images (and rendered PDF pages) to. */
    TesseractOCRParser parser() {
        return parser;
    }

    /** The media types this engine reads (images, and the rendered pages Tika's PDF parser hands over). */
    Set<MediaType> supportedTypes() {
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config("eng", Duration.ofSeconds(1)));
        return parser.getSupportedTypes(context);
    }

    /**
     * The settings of one OCR pass: languages, and a time limit per Tesseract run, which is per page for a PDF (Tika
     * renders each page and reads it apart) and per image otherwise.
     */
    static TesseractOCRConfig config(String tesseractLanguages, Duration pageTimeout) {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(tesseractLanguages);
        config.setTimeoutSeconds((int) Math.max(1, Math.min(Integer.MAX_VALUE, pageTimeout.toSeconds())));
        return config;
    }

    /** Pages (images) read by Tesseract in this process so far, for progress displays: a scan can take minutes. */
    public static long pagesRead() {
        return PAGES_READ.sum();
    }

    /** Runs {@code listener} after each page read (one listener at a time, the progress display; null for none). */
    static void onPageRead(Runnable listener) {
        pageListener = listener;
    }

    /** Tika's Tesseract parser, counting the pages it reads: Tika hands it one rendered page of a PDF at a time. */
    private static final class PageCountingParser extends TesseractOCRParser {
        private static final long serialVersionUID = 1L;

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException {
            super.parse(stream, handler, metadata, context);
            PAGES_READ.increment();
            Runnable listener = pageListener;
            if (listener != null) {
                listener.run();
            }
        }
    }

    /** Settings that keep Tesseract out of a parse, whatever is installed. */
    static TesseractOCRConfig skip() {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setSkipOcr(true);
        return config;
    }

    /**
     * The Tesseract languages for a user's {@code --ocr-lang}: our language codes ({@code ru}, {@code uz-Cyrl}) or
     * Tesseract's own ({@code rus+eng}); every one must be installed.
     *
     * @throws IllegalArgumentException naming what is installed, when one is not
     */
    public String resolve(String requested) {
        Language ours = Language.fromCode(requested.strip());
        String tesseract = ours != Language.UNKNOWN ? forLanguage(ours) : requested.strip();
        List<String> missing = Arrays.stream(tesseract.split("\\+")).filter(l -> !languages.contains(l)).toList();
        if (tesseract.isBlank() || !missing.isEmpty()) {
            throw new IllegalArgumentException("OCR language " + requested + " is not installed (installed: "
                    + String.join(", ", new TreeSet<>(languages)) + ")");
        }
        return tesseract;
    }

    /**
     * Tesseract languages for text in {@code language}: its own model, with English for the Latin acronyms and
     * figures policy texts mix in (IT, USD, PF-6079), and Russian under Kazakh, whose documents quote it.
     * Only installed languages are named; nothing installed for it gives the probe languages.
     */
    String forLanguage(Language language) {
        List<String> wanted = switch (language) {
            case EN -> List.of("eng");
            case RU -> List.of("rus", "eng");
            case UZ_LATN -> List.of("uzb", "eng");
            case UZ_CYRL -> List.of("uzb_cyrl", "eng");
            case KK -> List.of("kaz", "rus", "eng");
            case KK_LATN -> List.of("eng", "kaz");
            case UNKNOWN -> List.of("eng", "rus");
        };
        String installed = wanted.stream().filter(languages::contains).collect(Collectors.joining("+"));
        return installed.isEmpty() ? probeLanguages() : installed;
    }

    /** Reads one image (a page) with the probe languages and returns its text, for choosing the real languages. */
    String probe(InputStream image, Duration pageTimeout) throws Exception {
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config(probeLanguages(), pageTimeout));
        BodyContentHandler text = new BodyContentHandler(PROBE_CHARS);
        try {
            parser.parse(image, text, new Metadata(), context);
        } catch (SAXException | TikaException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            // a page with more text than a probe needs: what was read is enough
        }
        return text.toString();
    }

    /** The probe languages that are installed, else whatever is. */
    private String probeLanguages() {
        String installed = Arrays.stream(PROBE_LANGUAGES.split("\\+")).filter(languages::contains)
                .collect(Collectors.joining("+"));
        return installed.isEmpty() ? String.join("+", new TreeSet<>(languages)) : installed;
    }
}

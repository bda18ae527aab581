package org.policylens.ingest;

import org.policylens.budget.Budget;
import org.policylens.lang.LanguageIdentifier;
import org.policylens.budget.BudgetExceeded;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.sax.SecureContentHandler;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.MetadataKeys;
import org.policylens.model.ParseResult;
import org.policylens.model.Span;
import org.policylens.timing.Stage;
import org.policylens.timing.StageClock;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingests one file with Apache Tika: the format is detected from the content, the text is rebuilt with
 * paragraph and page spans, and metadata, language and document type are attached. Every problem
 * with the input comes back as {@link ParseResult.Failed} with a one-line reason; this class never
 * throws for bad input. Thread-safe: one instance can serve many worker threads.
 *
 * <p>Each parse runs on a daemon thread and is abandoned after {@link IngestLimits#timeout()}, so a
 * parser stuck in a malformed file cannot stall a run (the stuck thread cannot be killed, only
 * orphaned; being a daemon it does not keep the JVM alive).
 */
public final class TikaIngester implements DocumentIngester {

    /** Metadata key set to {@code "true"} when the text was cut at the write limit. */
    public static final String TRUNCATED = "truncated";
    /** Metadata key with per-paragraph language runs, present only for mixed-language documents. */
    public static final String PARAGRAPH_LANGUAGES = "paragraph-languages";
    /**
     * Metadata key with a PDF's page furniture (running headers and footers, page numbers, print codes, rotated margin
     * text), one line each: kept out of the text so that it gives no facts or passages, and kept here so it is not lost.
     */
    public static final String PAGE_FURNITURE = "page-furniture";
    /** Metadata key with the character encoding Tika detected for text formats. */
    public static final String ENCODING = "encoding";

    private static final int MAX_TITLE = 200;
    /** Pages are rendered for Tesseract at the resolution it reads best. */
    private static final int OCR_DPI = 300;
    /** Private metadata key: the media type {@link #extract} detected, for {@link PredetectedDetector}. */
    private static final String PREDETECTED = "X-Policylens-Predetected";
    private static final TikaConfig TIKA = tikaConfig();
    private static final Parser PARSER = structuredAutoDetectParser();
    /** A PDF page with fewer visible characters than this has no real text layer: a scan. */
    static final int MIN_PAGE_CHARS = 10;
    /** Enough text-layer letters to tell a partly scanned document's language from them. */
    private static final int MIN_LAYER_LETTERS = 200;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadFactory DAEMONS = r -> {
        Thread t = new Thread(r, "tika-parse-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    };
    private static final ExecutorService PARSE_THREADS = Executors.newCachedThreadPool(DAEMONS);
    /** Parses a thread may have started early and not yet taken: its next file's and the one after's. */
    private static final int EARLY_PARSES = 2;

    private final IngestLimits limits;
    private final OcrOptions ocr;
    private final OcrEngine ocrEngine;
    /**
     * The parses started early ({@link #startEarly}) by file, for whichever thread ingests the file: a worker hints,
     * and the thread that runs the file's work under its budget ({@link org.policylens.budget.Watchdog}) takes it.
     */
    private final Map<Path, StartedParse> startedEarly = new ConcurrentHashMap<>();
    /**
     * The files this thread hinted at, oldest first: a worker hints at the file after next before it ingests the next
     * one, so two may be pending; an older hint still pending is abandoned.
     */
    private final ThreadLocal<Deque<Path>> hinted = ThreadLocal.withInitial(ArrayDeque::new);
    private final Parser parser;
    private final Detector detector;
    private final Parser xmlParser = new XmlStructureParser();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final DocumentTypeClassifier types = new DocumentTypeClassifier();

    public TikaIngester() {
        this(IngestLimits.DEFAULTS);
    }

    /** The Tesseract engine found on the PATH, set up once per JVM. */
    private static final class OcrEngines {
        static final OcrEngine SHARED = OcrEngine.onPath();
    }

    public TikaIngester(IngestLimits limits) {
        this(limits, OcrOptions.DEFAULTS);
    }

    public TikaIngester(IngestLimits limits, OcrOptions ocr) {
        this(limits, ocr, OcrEngines.SHARED, PARSER);
    }

    /** For tests: any parser (for example one that hangs) in place of Tika's auto-detecting parser. */
    TikaIngester(IngestLimits limits, Parser parser) {
        this(limits, OcrOptions.DEFAULTS, OcrEngines.SHARED, parser);
    }

    /** For tests: a parser in place of Tika's, with these OCR options (a {@link ParserChild} given one). */
    TikaIngester(IngestLimits limits, OcrOptions ocr, Parser parser) {
        this(limits, ocr, OcrEngines.SHARED, parser);
    }

    /** For tests: another OCR engine (one that is not installed, say). */
    TikaIngester(IngestLimits limits, OcrOptions ocr, OcrEngine ocrEngine) {
        this(limits, ocr, ocrEngine, PARSER);
    }

    private TikaIngester(IngestLimits limits, OcrOptions ocr, OcrEngine ocrEngine, Parser parser) {
        ZipBombLimits.install();
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ocr = Objects.requireNonNull(ocr, "ocr");
        this.ocrEngine = Objects.requireNonNull(ocrEngine, "ocrEngine");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.detector = new KnownFormatDetector(TIKA.getDetector(), TIKA.getMimeRepository());
    }

    public IngestLimits limits() {
        return limits;
    }

    @Override
    public ParseResult ingest(Path file, DocumentId id) {
        String problem = preflight(file);
        if (problem != null) {
            return new ParseResult.Failed(file, problem);
        }
        String hash;
        long size;
        try {
            size = Files.size(file);
            long t = StageClock.start();
            hash = ContentHash.of(file);
            StageClock.stop(Stage.HASH, t);
        } catch (IOException | RuntimeException e) {
            return new ParseResult.Failed(file, FailureReasons.describe(e, ""));
        }
        StartedParse parse = startedParse(file);
        Extraction extraction;
        Future<Extraction> future = parse.extraction();
        Budget budget = Budget.current();
        try {
            // the timeout counts from the parse's start, however long before this call it began, and the parse
            // gets no more than what is left of the file's whole budget
            long left = limits.timeout().toNanos() - (System.nanoTime() - parse.startNanos());
            if (budget != null) {
                left = Math.min(left, budget.remainingNanos());
            }
            long t = StageClock.start();
            extraction = future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            StageClock.stop(Stage.PARSE_WAIT, t);
        } catch (TimeoutException e) {
            future.cancel(true);
            if (budget != null && budget.isSpent()) {
                throw new BudgetExceeded(budget.reason());
            }
            return new ParseResult.Failed(file, "processing exceeded " + seconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new ParseResult.Failed(file, "interrupted");
        } catch (ExecutionException e) {
            return new ParseResult.Failed(file, FailureReasons.describe(e.getCause(), FailureReasons.formatName(
                    guessType(file))));
        }
        if (extraction.failure() != null) {
            return new ParseResult.Failed(file, extraction.failure());
        }
        try {
            return toDocument(file, id, extraction, hash, size);
        } catch (BudgetExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            return new ParseResult.Failed(file, FailureReasons.describe(e, extraction.mediaType()));
        }
    }

    /**
     * Starts parsing {@code file} on a parse thread now, for its coming {@link #ingest} (on any thread): while the
     * caller extracts and indexes the document before it, the parse runs on the other core. (Each parse runs on its own
     * thread so that a hanging one can be abandoned; waiting for it with nothing else to do left the cores idle about
     * a tenth of the time.) Files the preflight refuses are not started.
     */
    @Override
    public void startEarly(Path file) {
        if (preflight(file) != null) {
            return;
        }
        abandon(startedEarly.put(file, startParse(file)));
        Deque<Path> mine = hinted.get();
        mine.remove(file);
        mine.addLast(file);
        while (mine.size() > EARLY_PARSES) {
            abandon(startedEarly.remove(mine.removeFirst())); // nothing when that file was ingested meanwhile
        }
    }

    /** The parse started early for this file, else one started now. */
    private StartedParse startedParse(Path file) {
        StartedParse early = startedEarly.remove(file);
        return early != null ? early : startParse(file);
    }

    /** A parse of {@code file} on a parse thread, from now. */
    private StartedParse startParse(Path file) {
        return new StartedParse(PARSE_THREADS.submit(() -> extract(file)), System.nanoTime());
    }

    private static void abandon(StartedParse parse) {
        if (parse != null) {
            parse.extraction().cancel(true);
        }
    }

    private record StartedParse(Future<Extraction> extraction, long startNanos) {
    }

    /**
     * What the parse thread hands back: the filled handler, Tika's metadata, how many pages were read by OCR and what a
     * PDF's glyphs tell, or a failure reason.
     */
    private record Extraction(StructuredTextHandler handler, Metadata metadata, String mediaType, int ocrPages,
                              String failure, PdfGlyphPass.Result glyphs) {
        Extraction(StructuredTextHandler handler, Metadata metadata, String mediaType, int ocrPages, String failure) {
            this(handler, metadata, mediaType, ocrPages, failure, PdfGlyphPass.Result.NONE);
        }

        Extraction failed(String reason) {
            return new Extraction(null, metadata, mediaType, 0, reason);
        }

        Extraction withGlyphs(PdfGlyphPass.Result glyphs) {
            return new Extraction(handler, metadata, mediaType, ocrPages, failure, glyphs);
        }

    }

    /**
     * Parsers get the file as {@code path.toFile()}, which a name holding bytes that are not UTF-8 does not survive
     * (its text has U+FFFD in their place): such a file is handed over as a stream, spooled to a temporary file
     * when a parser needs one.
     */
    private static TikaInputStream open(Path file, Metadata metadata) throws IOException {
        return file.toFile().toPath().equals(file) ? TikaInputStream.get(file, metadata)
                : TikaInputStream.get(Files.newInputStream(file), new TemporaryResources(), metadata);
    }

    /**
     * Reads the file's text; when it is a scan (an image, or a PDF with pages that have no text layer) and OCR is on,
     * reads it again with Tesseract in the document's language. A text PDF is parsed once and never OCRed in
     * {@link OcrMode#AUTO}.
     */
    private Extraction extract(Path file) {
        long t = StageClock.start();
        try {
            return extractTimed(file);
        } finally {
            StageClock.stop(Stage.PARSE, t);
        }
    }

    private Extraction extractTimed(Path file) {
        String bomb = ZipBombLimits.check(file);
        if (bomb != null) {
            return new Extraction(null, new Metadata(), guessType(file), 0, bomb);
        }
        Extraction text = parse(file, OcrPass.NONE, false);
        if (text.failure() != null) {
            return text;
        }
        long t = StageClock.start();
        Extraction read;
        try {
            read = withOcr(file, text);
        } finally {
            StageClock.stop(Stage.PARSE_OCR, t);
        }
        return withGlyphs(file, read, text.glyphs());
    }

    /**
     * A text PDF's footnote markers and OCR text layer, read from its glyphs and images by the {@link PdfGlyphPass} the
     * first parse ran (the text parser does not say which digits are printed small and raised, nor which text is drawn
     * unseen over a scan): kept for a PDF with text that was not read by OCR. A PDF PDFBox cannot lay out keeps its
     * digits as they are and is taken for typed. A PDF whose letters were drawn into holes of their lines after them
     * ({@link LateGlyphs}) is parsed again, its glyphs read again, in position order; only then, since a sort would
     * interleave the lines of columns drawn one after another.
     */
    private Extraction withGlyphs(Path file, Extraction read, PdfGlyphPass.Result glyphs) {
        if (read.failure() != null || read.ocrPages() > 0 || !read.mediaType().equals("application/pdf")
                || read.handler().text().isBlank()) {
            return read.withGlyphs(PdfGlyphPass.Result.NONE);
        }
        if (glyphs.needsPositionOrder()) {
            Extraction sorted = parse(file, OcrPass.NONE, true);
            if (sorted.failure() == null && !sorted.handler().text().isBlank()) {
                return sorted;
            }
        }
        return read.withGlyphs(glyphs);
    }

    /** The first parse, or a second one with OCR when the file is a scan and OCR is on. */
    private Extraction withOcr(Path file, Extraction text) {
        int scanned = scannedPages(text);
        if (scanned == 0) {
            return text;
        }
        boolean noText = text.handler().text().isBlank();
        if (ocr.mode() == OcrMode.OFF) {
            return noText ? text.failed("no text layer (a scan; OCR is off, --ocr auto reads it)") : text;
        }
        if (!ocrEngine.available()) {
            return noText ? text.failed("no text layer; install tesseract-ocr to read scanned documents") : text;
        }
        try {
            String languages = ocr.language().isPresent() ? ocr.language().get() : chooseLanguages(file, text);
            return parse(file, new OcrPass(languages, ocr.mode() == OcrMode.FORCE
                    ? PDFParserConfig.OCR_STRATEGY.OCR_ONLY : PDFParserConfig.OCR_STRATEGY.AUTO), false);
        } catch (Exception | OutOfMemoryError e) {
            return text.failed("OCR failed: " + FailureReasons.describe(e, text.mediaType()));
        }
    }

    /** Pages of a first, text-only parse that need OCR: an image is one page; a PDF's pages without text. */
    private int scannedPages(Extraction text) {
        String type = text.mediaType();
        if (OcrEngine.readsImage(type)) {
            return 1;
        }
        if (!type.equals("application/pdf")) {
            return 0;
        }
        List<Span> pages = text.handler().pages();
        if (ocr.mode() == OcrMode.FORCE) {
            return Math.max(1, pages.size());
        }
        if (pages.isEmpty()) {
            return text.handler().text().isBlank() ? 1 : 0;
        }
        return (int) pages.stream().filter(p -> visibleChars(p.of(text.handler().text())) < MIN_PAGE_CHARS).count();
    }

    /**
     * Tesseract languages for a scan: from the language of its text layer when it has enough of one (a partly
     * scanned file), else from a probe reading of its first scanned page.
     */
    private String chooseLanguages(Path file, Extraction text) throws Exception {
        String layer = text.handler().text();
        if (layer.codePoints().filter(Character::isLetter).count() >= MIN_LAYER_LETTERS) {
            return ocrEngine.forLanguage(languages.identify(layer));
        }
        try (InputStream page = ScanPages.firstScannedPage(file, text.mediaType(), text.handler().pages(),
                text.handler().text(), MIN_PAGE_CHARS)) {
            return ocrEngine.forLanguage(languages.identify(ocrEngine.probe(page, ocr.pageTimeout())));
        }
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The OCR settings of one parse: none, or Tesseract languages and how PDF pages are chosen for it. */
    private record OcrPass(String languages, PDFParserConfig.OCR_STRATEGY strategy) {
        static final OcrPass NONE = new OcrPass("", PDFParserConfig.OCR_STRATEGY.NO_OCR);

        boolean enabled() {
            return strategy != PDFParserConfig.OCR_STRATEGY.NO_OCR;
        }
    }

    /** One parse; a PDF's text in position order (sorted by line and x) rather than drawing order when asked. */
    private Extraction parse(Path file, OcrPass pass, boolean positionOrder) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        StructuredTextHandler handler = new StructuredTextHandler(limits.writeLimit());
        String mediaType = "";
        try (TikaInputStream in = open(file, metadata)) {
            MediaType detected = detector.detect(in, metadata);
            mediaType = detected.getBaseType().toString();
            Parser chosen = parser;
            if (mediaType.equals("text/html") && XmlSniffer.isXmlNotHtml(in)) {
                // tag soup without an XML declaration (executive-order XML) is sniffed as HTML
                mediaType = MediaType.APPLICATION_XML.toString();
                metadata.set(Metadata.CONTENT_TYPE, mediaType);
                chosen = xmlParser;
            }
            if (chosen == parser) {
                metadata.set(PREDETECTED, detected.toString()); // spares the auto-detecting parser a second detection
            }
            handler.setFlowed(mediaType.contains("html"));
            SecureContentHandler secure = new SecureContentHandler(handler, in);
            ParseContext context = parseContext(mediaType, positionOrder);
            configureOcr(context, pass);
            GlyphPassPdfParser.Request glyphs = new GlyphPassPdfParser.Request(positionOrder);
            if (!pass.enabled() && mediaType.equals("application/pdf")) {
                context.set(GlyphPassPdfParser.Request.class, glyphs); // a PDF's text parse reads its glyphs too, in its order
            }
            try {
                chosen.parse(in, secure, metadata, context);
            } catch (SAXException e) {
                if (!handler.truncated()) {   // parsers may wrap the write-limit stop in their own exception
                    secure.throwIfCauseOf(e);
                    throw e;
                }
            } catch (TikaException e) {
                if (!handler.truncated()) {
                    throw e;
                }
            }
            handler.finish();
            String bombInside = ZipBombLimits.swallowed(metadata);
            if (bombInside != null) {
                return new Extraction(null, metadata, mediaType, 0, bombInside);
            }
            String reported = metadata.get(Metadata.CONTENT_TYPE);
            if (reported != null && MediaType.parse(reported) != null) {
                mediaType = MediaType.parse(reported).getBaseType().toString();
            }
            Integer pdfPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
            int pages = !pass.enabled() ? 0 : OcrEngine.readsImage(mediaType) ? ScanPages.frames(file)
                    : pdfPages == null ? 0 : pdfPages;
            return new Extraction(handler, metadata, mediaType, pages, null, glyphs.result());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            String type = mediaType.isEmpty() ? guessType(file) : mediaType;
            return new Extraction(null, metadata, type, 0, FailureReasons.describe(e, type));
        }
    }

    /**
     * OCR on or off for one parse, whatever Tika would do by default (with Tesseract installed it OCRs every image
     * and every PDF page without text): off, or these languages with a per-page time limit.
     */
    private void configureOcr(ParseContext context, OcrPass pass) {
        PDFParserConfig pdf = context.get(PDFParserConfig.class);
        if (pdf == null) {
            pdf = new PDFParserConfig();
            context.set(PDFParserConfig.class, pdf);
        }
        pdf.setOcrStrategy(pass.strategy());
        if (pass.enabled()) {
            pdf.setOcrDPI(OCR_DPI);
            context.set(TesseractOCRConfig.class, OcrEngine.config(pass.languages(), ocr.pageTimeout()));
            // Tika's PDF parser takes its OCR parser from the context; with our own embedded-document extractor set, the
            // auto-detecting parser no longer puts itself there
            context.set(Parser.class, parser);
        } else {
            context.set(TesseractOCRConfig.class, OcrEngine.skip());
        }
    }

    /**
     * Per-parse settings: drop navigation/boilerplate HTML elements, stream DOCX instead of building a DOM. A PDF gives
     * its page text only, each glyph once however often it is drawn over itself: its outline (bookmarks repeat the
     * headings), its link and comment annotations (URLs repeated after each page) and its attached files (a Distiller
     * job-options file is hundreds of settings lines full of numbers) are not the document's text.
     */
    private static ParseContext parseContext(String mediaType, boolean positionOrder) {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, BoilerplateFreeHtmlMapper.INSTANCE);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        if (mediaType.equals("application/pdf")) {
            PDFParserConfig pdf = new PDFParserConfig();
            // text drawn twice over itself (fake bold, an overprinted layer) is read once, as the reader sees it
            pdf.setSuppressDuplicateOverlappingText(true);
            pdf.setExtractBookmarksText(false);
            pdf.setExtractAnnotationText(false);
            pdf.setSortByPosition(positionOrder);
            context.set(PDFParserConfig.class, pdf);
            context.set(EmbeddedDocumentExtractor.class, NO_ATTACHMENTS);
        }
        return context;
    }

    /** Skips every embedded file (used for PDF attachments). */
    private static final EmbeddedDocumentExtractor NO_ATTACHMENTS = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
        }
    };

    private ParseResult toDocument(Path file, DocumentId id, Extraction x, String hash, long size) {
        StructuredTextHandler h = x.handler();
        String text = h.text();
        if (text.isBlank()) {
            return new ParseResult.Failed(file, "no extractable text (" + x.mediaType() + ")");
        }
        List<Span> paragraphs = h.paragraphs();
        List<Span> pages = h.pages();
        Map<String, String> meta = new LinkedHashMap<>();
        if (x.mediaType().equals("application/pdf")) {
            long t = StageClock.start();
            text = ColumnGaps.apply(text, x.glyphs().columnGaps());
            text = FootnoteMarkers.apply(text, x.glyphs().footnoteMarkers());
            PdfPageLayout.Result layout = PdfPageLayout.rebuild(text, paragraphs, pages);
            if (!layout.text().isBlank()) {
                text = layout.text();
                paragraphs = layout.paragraphs();
                pages = layout.pages();
                if (!layout.furniture().isEmpty()) {
                    meta.put(PAGE_FURNITURE, String.join("\n", layout.furniture()));
                }
            }
            StageClock.stop(Stage.PAGE_LAYOUT, t);
        }
        LineBreakHyphens.Result dehyphenated = LineBreakHyphens.resolve(text, paragraphs, pages);
        text = dehyphenated.text();
        paragraphs = dehyphenated.paragraphs();
        pages = dehyphenated.pages();
        long classifying = StageClock.start();
        meta.put(MetadataKeys.TITLE, title(x.metadata(), h, text));
        meta.put(MetadataKeys.CONTENT_HASH, hash);
        meta.put(MetadataKeys.BYTE_SIZE, Long.toString(size));
        putIfPresent(meta, MetadataKeys.CREATED, x.metadata().get(TikaCoreProperties.CREATED));
        putIfPresent(meta, MetadataKeys.MODIFIED, x.metadata().get(TikaCoreProperties.MODIFIED));
        putIfPresent(meta, ENCODING, x.metadata().get(Metadata.CONTENT_ENCODING));
        meta.put(MetadataKeys.DOCUMENT_TYPE, types.classify(meta.get(MetadataKeys.TITLE), text));
        StageClock.stop(Stage.CLASSIFY, classifying);
        if (h.truncated()) {
            meta.put(TRUNCATED, "true");
        }
        if (x.ocrPages() > 0) {
            meta.put(MetadataKeys.OCR_PAGES, Integer.toString(x.ocrPages()));
        }
        if (x.glyphs().ocrLayerPages() > 0) {
            meta.put(MetadataKeys.OCR_LAYER_PAGES, Integer.toString(x.glyphs().ocrLayerPages()));
        }
        long identifying = StageClock.start();
        LanguageIdentifier.DocumentLanguages langs = languages.identify(text, paragraphs);
        StageClock.stop(Stage.LANGUAGE, identifying);
        if (langs.mixed()) {
            meta.put(PARAGRAPH_LANGUAGES, langs.compact());
        }
        Document doc = new Document(id, file, x.mediaType(), langs.overall().code(), text, paragraphs, pages, meta);
        return new ParseResult.Parsed(file, doc);
    }

    /** Title from the document's metadata, else its first heading, else its first line with some words. */
    private static String title(Metadata metadata, StructuredTextHandler h, String text) {
        String candidate = metadata.get(TikaCoreProperties.TITLE);
        if (candidate != null) { // a title is written in the body's code page, wrong or right
            String repaired = CodePageRepair.repair(candidate);
            candidate = repaired == candidate ? CodePageRepair.repair(candidate, h.codePageEvidence()) : repaired;
        }
        if (candidate == null || candidate.isBlank()) {
            candidate = h.firstHeading();
        }
        if (candidate == null || candidate.isBlank()) {
            candidate = null;
            for (Span p : h.paragraphs()) {
                String s = p.of(text).strip();
                if (candidate == null && !s.isEmpty()) {
                    candidate = s;
                }
                if (s.split("\\s+").length >= 3 && s.chars().anyMatch(Character::isLetter)) {
                    candidate = s;
                    break;
                }
            }
        }
        // a Markdown heading marker is syntax, not part of the title
        return candidate == null ? "" : shorten(LineUnwrapper.cleanLine(candidate).replaceFirst("^#{1,6}\\s+", ""));
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_TITLE) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_TITLE - 1);
        return s.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1) + "…";
    }

    private static void putIfPresent(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }

    /** Problems visible before opening the file, each as a one-line reason; null when the file looks fine. */
    static String preflight(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            try {
                file.toRealPath();
                return "broken symbolic link";
            } catch (FileSystemLoopException e) {
                return "symbolic link loop";
            } catch (FileSystemException e) {
                String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
                return reason.contains("levels of symbolic links") || reason.contains("loop")
                        ? "symbolic link loop" : "broken symbolic link";
            } catch (IOException e) {
                return "broken symbolic link";
            }
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        if (!Files.isRegularFile(file)) {
            return "not a regular file";
        }
        if (!Files.isReadable(file)) {
            return "permission denied";
        }
        try {
            if (Files.size(file) == 0) {
                return "empty file";
            }
        } catch (IOException e) {
            return FailureReasons.describe(e, "");
        }
        return null;
    }

    private long seconds() {
        long ms = limits.timeout().toMillis();
        return Math.max(1, (ms + 500) / 1000);
    }

    /** Media type from the file name only; used to word failure messages when content detection failed. */
    private static String guessType(Path file) {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try {
            return TIKA.getDetector().detect(null, m).toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static TikaConfig tikaConfig() {
        QuietLibraryLogging.install();
        return TikaConfig.getDefaultConfig();
    }

    /**
     * Tika's auto-detecting parser with generic XML routed to {@link XmlStructureParser}, images (and the PDF pages
     * Tika renders for OCR) to our {@link OcrEngine}'s Tesseract parser, and PDFs to Tika's PDF parser that also runs
     * the {@link PdfGlyphPass} on the document it loads.
     */
    private static Parser structuredAutoDetectParser() {
        Map<MediaType, Parser> parsers = new HashMap<>(((CompositeParser) TIKA.getParser()).getParsers());
        XmlStructureParser xml = new XmlStructureParser();
        for (MediaType t : XmlStructureParser.TYPES) {
            parsers.put(t, xml);
        }
        for (MediaType t : OcrEngines.SHARED.supportedTypes()) {
            parsers.put(t, OcrEngines.SHARED.parser());
        }
        parsers.put(MediaType.application("pdf"), new GlyphPassPdfParser());
        AutoDetectParser auto = new FixedParsersAutoDetectParser(Map.copyOf(parsers));
        auto.setDetector(new PredetectedDetector(TIKA.getDetector()));
        return auto;
    }

    /**
     * An auto-detecting parser whose media-type-to-parser map is computed once. Tika's composite parsers rebuild it
     * from every parser's supported types on each parse (twice: the auto-detecting parser wraps the default one),
     * which cost 1.5% of our whole per-document time.
     */
    private static final class FixedParsersAutoDetectParser extends AutoDetectParser {
        private static final long serialVersionUID = 1L;
        private final transient Map<MediaType, Parser> parsers;

        FixedParsersAutoDetectParser(Map<MediaType, Parser> parsers) {
            super(TIKA);
            this.parsers = parsers;
        }

        @Override
        public Map<MediaType, Parser> getParsers(ParseContext context) {
            return parsers;
        }
    }

    /**
     * The media type this class already detected, handed to the auto-detecting parser through a private metadata
     * key that is removed on first use: embedded documents (fresh metadata) are still detected from their content.
     */
    private record PredetectedDetector(Detector detector) implements Detector {
        @Override
        public MediaType detect(java.io.InputStream input, Metadata metadata) throws IOException {
            String known = metadata.get(PREDETECTED);
            if (known != null) {
                metadata.remove(PREDETECTED);
                MediaType type = MediaType.parse(known);
                if (type != null) {
                    return type;
                }
            }
            return detector.detect(input, metadata);
        }
    }
}

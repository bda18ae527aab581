package org.policylens.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.MetadataKeys;
import org.policylens.model.ParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Calendar;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class TikaIngesterTest {
    private static final TikaIngester INGESTER = new TikaIngester();
    private static final String RUSSIAN = "Правительству Республики поручается обеспечить финансирование программы "
            + "развития цифровой экономики. Объём средств составляет двести миллионов рублей в год.";

    @TempDir
    Path dir;

    private static Document parsed(Path file) {
        ParseResult r = INGESTER.ingest(file, new DocumentId(file.getFileName().toString()));
        assertInstanceOf(ParseResult.Parsed.class, r, () -> "expected parsed, got " + r);
        return ((ParseResult.Parsed) r).document();
    }

    private static String failure(TikaIngester ingester, Path file) {
        ParseResult r = ingester.ingest(file, new DocumentId(file.getFileName().toString()));
        assertInstanceOf(ParseResult.Failed.class, r, () -> "expected failure, got " + r);
        String reason = ((ParseResult.Failed) r).reason();
        assertFalse(reason.isBlank());
        assertFalse(reason.contains("\n"), reason);
        return reason;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    // --- encodings -------------------------------------------------------------------------------

    @Test
    void readsUtf8WithAndWithoutBomAndUtf16() throws IOException {
        byte[] utf8 = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        for (Path p : new Path[]{write("plain.txt", utf8), write("bom.txt", withBom),
                write("utf16.txt", RUSSIAN.getBytes(StandardCharsets.UTF_16))}) {
            Document d = parsed(p);
            assertEquals(RUSSIAN, d.text(), p.toString());
            assertEquals("ru", d.language());
            assertEquals("text/plain", d.mediaType());
        }
    }

    @Test
    void readsWindows1251Koi8rAndLatin1() throws IOException {
        String longer = RUSSIAN + " " + RUSSIAN.replace("рублей", "долларов") + " Закон вступает в силу с 1 января.";
        for (String cs : new String[]{"windows-1251", "KOI8-R"}) {
            Document d = parsed(write(cs + ".txt", longer.getBytes(Charset.forName(cs))));
            assertEquals(longer, d.text(), cs);
            assertEquals("ru", d.language(), cs);
        }
        String french = "Le président a signé le décret numéro 42 à Paris. Les dépenses prévues s'élèvent à "
                + "deux millions d'euros pour l'année budgétaire, selon le ministère.";
        Document d = parsed(write("latin1.txt", french.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(french, d.text());
    }

    // --- structure -------------------------------------------------------------------------------

    @Test
    void joinsHardWrappedLinesButKeepsHeadingsAndBlankLineBreaks() throws IOException {
        String text = """
                Birinchi modda. Umumiy qoidalar
                Mazkur hujjat 2013-
                yil 5-martda qabul qilingan va buxgalteriya hisobi to
                ʻgʻrisidagi qoidalarni belgilaydi hamda barcha tashkilotlar uchun
                majburiy hisoblanadi.

                Ikkinchi modda
                """;
        Document d = parsed(write("wrapped.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, d.paragraphs().size(), d.text());
        assertEquals("Birinchi modda. Umumiy qoidalar", d.paragraphs().get(0).of(d.text()));
        assertEquals("Mazkur hujjat 2013-yil 5-martda qabul qilingan va buxgalteriya hisobi toʻgʻrisidagi "
                + "qoidalarni belgilaydi hamda barcha tashkilotlar uchun majburiy hisoblanadi.",
                d.paragraphs().get(1).of(d.text()));
        assertEquals("Ikkinchi modda", d.paragraphs().get(2).of(d.text()));
        assertEquals("uz-Latn", d.language());
        assertEquals("Birinchi modda. Umumiy qoidalar", d.title());
    }

    @Test
    void htmlBoilerplateNeverReachesTheText() throws IOException {
        String html = """
                <!DOCTYPE html><html><head><title>Decree on digital schools</title>
                <style>body { color: red }</style><script>var tracking = "SCRIPTTEXT";</script></head>
                <body><nav><a href="/">Home</a> NAVTEXT</nav>
                <h1>Decree on digital schools</h1>
                <p>The Decree establishes
                   one thousand digital schools by 2030.</p>
                <p>Funding is provided from the state budget.</p>
                <script>document.write("MORESCRIPT")</script>
                </body></html>""";
        Document d = parsed(write("page.data", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/html", d.mediaType());
        for (String junk : new String[]{"SCRIPTTEXT", "MORESCRIPT", "NAVTEXT", "color: red", "Home"}) {
            assertFalse(d.text().contains(junk), junk + " leaked into: " + d.text());
        }
        assertTrue(d.text().contains("The Decree establishes one thousand digital schools by 2030."), d.text());
        assertEquals("Decree on digital schools", d.title());
        assertEquals("decree", d.metadata().get(MetadataKeys.DOCUMENT_TYPE));
        assertEquals("en", d.language());
    }

    @Test
    void xmlElementsBecomeParagraphsWithoutGluedWords() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><pLaw xmlns=\"http://schemas.gpo.gov/xml/uslm\">"
                + "<meta><dc:title xmlns:dc=\"http://purl.org/dc/elements/1.1/\">Public Law 999-1: Test Act</dc:title></meta>"
                + "<main><section><num>SEC. 2.</num><heading>APPROPRIATIONS.</heading><content>There is appropriated"
                + " <term>$5,000,000</term> for the program.</content></section>"
                + "<section><num>SEC. 3.</num><heading>REPORT.</heading><content>A report is due.</content></section>"
                + "</main></pLaw>";
        Document d = parsed(write("law.bin", xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/xml", d.mediaType());
        assertEquals("Public Law 999-1: Test Act", d.title());
        assertEquals("law", d.metadata().get(MetadataKeys.DOCUMENT_TYPE));
        assertTrue(d.text().contains("There is appropriated $5,000,000 for the program."), d.text());
        assertTrue(d.paragraphs().stream().anyMatch(s -> s.of(d.text()).equals("APPROPRIATIONS.")), d.text());
        assertFalse(d.text().contains("Public Law 999-1"), "metadata block must not reach the text");
    }

    @Test
    void pdfKeepsPagesAndDates() throws IOException {
        Path pdf = dir.resolve("two pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            addPage(doc, "Executive Order 1 on page one.");
            addPage(doc, "Second page says hello.");
            Calendar created = Calendar.getInstance();
            created.set(2020, Calendar.MARCH, 4, 5, 6, 7);
            doc.getDocumentInformation().setCreationDate(created);
            doc.getDocumentInformation().setTitle("Order One");
            doc.save(pdf.toFile());
        }
        Document d = parsed(pdf);
        assertEquals("application/pdf", d.mediaType());
        assertEquals(2, d.pages().size());
        assertTrue(d.pages().get(0).of(d.text()).contains("page one"));
        assertTrue(d.pages().get(1).of(d.text()).contains("Second page"));
        assertEquals(2, d.pageAt(d.text().indexOf("Second")));
        assertEquals("Order One", d.title());
        assertTrue(d.metadata().get(MetadataKeys.CREATED).startsWith("2020-03-0"), d.metadata().toString());
        assertEquals("decree", d.metadata().get(MetadataKeys.DOCUMENT_TYPE));
    }

    @Test
    void docxParagraphsAndHeadingTitle() throws IOException {
        Path docx = dir.resolve("отчёт.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Annual Report on Programmes");
            doc.createParagraph().createRun().setText("The programme trained 2,500 teachers in 2024.");
            doc.createParagraph().createRun().setText("Funding rose by 12 percent over the year before.");
            doc.write(out);
        }
        Document d = parsed(docx);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", d.mediaType());
        assertEquals(3, d.paragraphs().size(), d.text());
        assertEquals("Annual Report on Programmes", d.title());
        assertEquals("report", d.metadata().get(MetadataKeys.DOCUMENT_TYPE));
    }

    @Test
    void metadataCarriesHashAndSize() throws IOException {
        byte[] bytes = "Law on testing. It applies to every test that can fail.".getBytes(StandardCharsets.UTF_8);
        Path p = write("name with spaces.txt", bytes);
        Document d = parsed(p);
        assertEquals(ContentHash.of(bytes), d.contentHash());
        assertEquals(ContentHash.of(p), d.contentHash());
        assertEquals(Integer.toString(bytes.length), d.metadata().get(MetadataKeys.BYTE_SIZE));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ContentHash.of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    // --- robustness ------------------------------------------------------------------------------

    @Test
    void hangingParserTimesOut() throws IOException {
        TikaIngester ingester = new TikaIngester(IngestLimits.DEFAULTS.withTimeout(Duration.ofSeconds(2)), hangingParser());
        Path p = write("slow.txt", "some text".getBytes(StandardCharsets.UTF_8));
        assertEquals("processing exceeded 2 s", failure(ingester, p));
    }

    @Test
    void aParseStartedEarlyGivesTheSameDocument() throws IOException {
        Path p = write("early.txt", "Decree No. 5 of 12 May 2020 allots USD 140 million.".getBytes(StandardCharsets.UTF_8));
        Path other = write("other.txt", "Another text.".getBytes(StandardCharsets.UTF_8));
        ParseResult plain = INGESTER.ingest(p, new DocumentId("early"));
        INGESTER.startEarly(p);
        ParseResult early = INGESTER.ingest(p, new DocumentId("early"));
        INGESTER.startEarly(other); // a hint for another file is never used for this one
        ParseResult notHinted = INGESTER.ingest(p, new DocumentId("early"));
        INGESTER.startEarly(p); // two pending hints, taken in any order: a worker hints at the file after next
        INGESTER.startEarly(other);
        ParseResult secondHint = INGESTER.ingest(p, new DocumentId("early"));
        Document expected = assertInstanceOf(ParseResult.Parsed.class, plain).document();
        assertEquals(expected, assertInstanceOf(ParseResult.Parsed.class, early).document());
        assertEquals(expected, assertInstanceOf(ParseResult.Parsed.class, notHinted).document());
        assertEquals(expected, assertInstanceOf(ParseResult.Parsed.class, secondHint).document());
    }

    @Test
    void aParseStartedEarlyIsTheOneUsed() throws IOException {
        java.util.concurrent.atomic.AtomicInteger parses = new java.util.concurrent.atomic.AtomicInteger();
        Parser counting = new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.TEXT_PLAIN);
            }

            @Override
            public void parse(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                              ParseContext context) throws IOException, org.xml.sax.SAXException {
                parses.incrementAndGet();
                org.apache.tika.sax.XHTMLContentHandler xhtml = new org.apache.tika.sax.XHTMLContentHandler(handler, metadata);
                xhtml.startDocument();
                xhtml.element("p", new String(stream.readAllBytes(), StandardCharsets.UTF_8));
                xhtml.endDocument();
            }
        };
        TikaIngester ingester = new TikaIngester(IngestLimits.DEFAULTS, counting);
        Path a = write("a.txt", "First text.".getBytes(StandardCharsets.UTF_8));
        Path b = write("b.txt", "Second text.".getBytes(StandardCharsets.UTF_8));
        ingester.startEarly(a);
        ingester.startEarly(b);
        Document first = assertInstanceOf(ParseResult.Parsed.class, ingester.ingest(a, new DocumentId("a"))).document();
        Document second = assertInstanceOf(ParseResult.Parsed.class, ingester.ingest(b, new DocumentId("b"))).document();
        assertEquals("First text.", first.text());
        assertEquals("Second text.", second.text());
        assertEquals(2, parses.get(), "each file parsed once");
    }

    @Test
    void aHangingParseStartedEarlyTimesOutFromItsStart() throws IOException {
        TikaIngester ingester = new TikaIngester(IngestLimits.DEFAULTS.withTimeout(Duration.ofSeconds(2)), hangingParser());
        Path p = write("slow-early.txt", "some text".getBytes(StandardCharsets.UTF_8));
        ingester.startEarly(p);
        sleepQuietly(1500);
        long start = System.nanoTime();
        assertEquals("processing exceeded 2 s", failure(ingester, p));
        assertTrue(System.nanoTime() - start < 1_900_000_000L, "waited a whole timeout again");
    }

    @Test
    void aParserRunningOutOfMemoryFailsItsFileAloneWithOneLine() throws IOException {
        TikaIngester hog = new TikaIngester(IngestLimits.DEFAULTS, new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.TEXT_PLAIN);
            }

            @Override
            public void parse(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                              ParseContext context) {
                java.util.List<long[]> hoard = new java.util.ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 24]);
                }
            }
        });
        Path p = write("hog.txt", "some text".getBytes(StandardCharsets.UTF_8));
        String reason = failure(hog, p);
        assertTrue(reason.startsWith("out of memory while processing (file is too large for -Xmx"), reason);
        assertFalse(reason.contains("\n"), reason);
        Path next = write("next.txt", "Decree No. 5 of 12 May 2020.".getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(ParseResult.Parsed.class, INGESTER.ingest(next, new DocumentId("next")));
    }

    /** A parser for plain text that never returns unless interrupted. */
    private static Parser hangingParser() {
        CountDownLatch never = new CountDownLatch(1);
        return new Parser() {
            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return Set.of(MediaType.TEXT_PLAIN);
            }

            @Override
            public void parse(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                              ParseContext context) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void writeLimitTruncatesAndFlagsTheDocument() throws IOException {
        String sentence = "The budget grows every year by a fixed share of revenue. ";
        Path p = write("huge.txt", sentence.repeat(20_000).getBytes(StandardCharsets.UTF_8));
        TikaIngester ingester = new TikaIngester(IngestLimits.DEFAULTS.withWriteLimit(10_000));
        ParseResult r = ingester.ingest(p, new DocumentId("huge"));
        Document d = assertInstanceOf(ParseResult.Parsed.class, r).document();
        assertEquals("true", d.metadata().get(TikaIngester.TRUNCATED));
        assertTrue(d.text().length() <= 10_000, "length " + d.text().length());
        assertTrue(d.text().startsWith("The budget grows"));
    }

    @Test
    void zipBombIsRejected() throws IOException {
        Path bomb = dir.resolve("bomb.docx");
        DocxWriter.writeDocx(bomb, 200_000);
        String reason = failure(INGESTER, bomb);
        assertTrue(reason.startsWith("suspected zip bomb"), reason);
    }

    @Test
    void encryptedPdfNeedsAPassword() throws IOException {
        Path pdf = dir.resolve("secret.pdf");
        try (PDDocument doc = new PDDocument()) {
            addPage(doc, "Secret decree text.");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        assertEquals("encrypted PDF: a password is required", failure(INGESTER, pdf));
    }

    @Test
    void emptyRandomAndCorruptFilesFailWithOneLine() throws IOException {
        assertEquals("empty file", failure(INGESTER, write("empty.pdf", new byte[0])));

        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        assertTrue(failure(INGESTER, write("random.pdf", random)).startsWith("not a valid PDF: "));

        Path good = dir.resolve("good.pdf");
        try (PDDocument doc = new PDDocument()) {
            addPage(doc, "A complete page.");
            doc.save(good.toFile());
        }
        byte[] bytes = Files.readAllBytes(good);
        byte[] head = java.util.Arrays.copyOf(bytes, 200);
        assertTrue(failure(INGESTER, write("truncated.pdf", head)).startsWith("not a valid PDF: "));

        byte[] zipHead = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        assertTrue(failure(INGESTER, write("corrupt.docx", zipHead)).startsWith("not a valid"));
    }

    @Test
    void unreadableFilesAndBadLinksFailOthersStillParse() throws IOException {
        Path locked = write("locked.txt", "You may not read this law.".getBytes(StandardCharsets.UTF_8));
        Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("missing.txt"));
        Path loopA = dir.resolve("loopA");
        Path loopB = dir.resolve("loopB");
        Files.createSymbolicLink(loopA, loopB);
        Files.createSymbolicLink(loopB, loopA);
        Path cyrillic = write("закон о бюджете.txt", RUSSIAN.getBytes(StandardCharsets.UTF_8));

        assertEquals("broken symbolic link", failure(INGESTER, broken));
        assertEquals("symbolic link loop", failure(INGESTER, loopA));
        assertEquals(RUSSIAN, parsed(cyrillic).text());

        assumeFalse(!locked.toFile().setReadable(false, false) || Files.isReadable(locked),
                "running as a user (root) who can read any file");
        assertEquals("permission denied", failure(INGESTER, locked));
    }

    private static void addPage(PDDocument doc, String text) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText(text);
            cs.endText();
        }
    }
}

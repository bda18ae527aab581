package org.policylens.ingest.ocr;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policylens.extract.FactExtractor;
import org.policylens.extract.StandardExtractors;
import org.policylens.ingest.IngestLimits;
import org.policylens.ingest.OcrEngine;
import org.policylens.ingest.OcrMode;
import org.policylens.ingest.OcrOptions;
import org.policylens.ingest.TikaIngester;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.MetadataKeys;
import org.policylens.model.ParseResult;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scans made here (Java2D at 300 dpi, image-only PDFs by PDFBox, a photo-like PNG) are read by Tesseract through
 * Tika and give the facts of the text they were printed from. Skips where Tesseract or its language data is not
 * installed ({@code .ci/run} installs them).
 */
class OcrIngestTest {
    /** The share of the text's facts a scan must give with identical values (the target). */
    private static final double MIN_SHARE = 0.95;
    private static final FactExtractor EXTRACTOR = StandardExtractors.create();
    private static final IngestLimits LIMITS = IngestLimits.DEFAULTS.withTimeout(Duration.ofSeconds(300));

    enum Sample {
        EN(PolicyTexts.ENGLISH, "en"), RU(PolicyTexts.RUSSIAN, "ru"), UZ_LATN(PolicyTexts.UZBEK_LATIN, "uz-Latn"),
        UZ_CYRL(PolicyTexts.UZBEK_CYRILLIC, "uz-Cyrl");

        final String text;
        final String language;

        Sample(String text, String language) {
            this.text = text;
            this.language = language;
        }
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTesseract() {
        OcrEngine engine = OcrEngine.onPath();
        assumeTrue(engine.available(), "tesseract-ocr is not installed: OCR tests skipped (apt-get install tesseract-ocr)");
        assumeTrue(engine.languages().containsAll(Set.of("eng", "rus", "uzb", "uzb_cyrl")),
                "Tesseract language data missing (tesseract-ocr-eng, -rus, -uzb, -uzb-cyrl): OCR tests skipped");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aScannedPdfGivesTheFactsOfItsText(Sample sample) throws IOException {
        Path scan = dir.resolve("scan.pdf");
        List<BufferedImage> pages = Scans.pages(sample.text);
        Scans.imagePdf(pages, scan);

        Document read = ingest(new TikaIngester(LIMITS, OcrOptions.DEFAULTS), scan);
        assertEquals(Integer.toString(pages.size()), read.metadata().get(MetadataKeys.OCR_PAGES));
        assertEquals(sample.language, read.language(), read.text());
        assertSameFacts(sample, read);
    }

    @ParameterizedTest
    @EnumSource(value = Sample.class, names = {"EN", "UZ_CYRL"})
    void aPhotoOfAPageGivesTheFactsOfItsText(Sample sample) throws IOException {
        Path photo = dir.resolve("photo.jpg");
        Scans.photo(Scans.pages(sample.text).get(0), 1.2, 42, photo, "jpeg");

        Document read = ingest(new TikaIngester(LIMITS, OcrOptions.DEFAULTS), photo);
        assertEquals("1", read.metadata().get(MetadataKeys.OCR_PAGES));
        assertSameFacts(sample, read);
    }

    @Test
    void onlyThePagesWithoutTextAreRead() throws IOException {
        Path mixed = dir.resolve("mixed.pdf");
        List<BufferedImage> scanned = Scans.pages(PolicyTexts.ENGLISH);
        Scans.mixedPdf("Cover page: Ministry of Digital Technologies\nAnnual report on the ICT sector",
                scanned, mixed);

        Document read = ingest(new TikaIngester(LIMITS, OcrOptions.DEFAULTS), mixed);
        assertEquals(Integer.toString(scanned.size()), read.metadata().get(MetadataKeys.OCR_PAGES));
        assertTrue(read.text().contains("Cover page"), read.text());
        assertTrue(read.text().contains("2,503,060"), read.text());
    }

    @Test
    void aTextPdfIsNeverReadByOcrInAutoModeButIsWhenForced() throws IOException {
        Path text = dir.resolve("text.pdf");
        Scans.mixedPdf("Presidential Resolution No. PQ-357 of August 22, 2022\nsets USD 1 billion of IT exports.",
                List.of(), text);

        Document auto = ingest(new TikaIngester(LIMITS, OcrOptions.DEFAULTS), text);
        assertFalse(auto.metadata().containsKey(MetadataKeys.OCR_PAGES));

        Document forced = ingest(new TikaIngester(LIMITS, OcrOptions.DEFAULTS.withMode(OcrMode.FORCE)), text);
        assertEquals("1", forced.metadata().get(MetadataKeys.OCR_PAGES));
        assertTrue(forced.text().contains("PQ-357"), forced.text());
    }

    @Test
    void aScanWithOcrOffFailsAloneWithAReason() throws IOException {
        Path scan = dir.resolve("scan.pdf");
        Scans.imagePdf(Scans.pages(PolicyTexts.ENGLISH), scan);

        ParseResult r = new TikaIngester(LIMITS, OcrOptions.DEFAULTS.withMode(OcrMode.OFF))
                .ingest(scan, new DocumentId("scan.pdf"));
        ParseResult.Failed failed = assertInstanceOf(ParseResult.Failed.class, r);
        assertTrue(failed.reason().contains("OCR is off"), failed.reason());
    }

    @Test
    void theLanguageGivenIsTheLanguageRead() throws IOException {
        Path scan = dir.resolve("scan.pdf");
        Scans.imagePdf(Scans.pages(PolicyTexts.UZBEK_CYRILLIC), scan);
        OcrEngine engine = OcrEngine.onPath();

        Document read = ingest(new TikaIngester(LIMITS, OcrOptions.DEFAULTS.withLanguage(engine.resolve("uz-Cyrl"))), scan);
        assertTrue(read.text().contains("ПҚ-178"), read.text());
    }

    private static Document ingest(TikaIngester ingester, Path file) {
        ParseResult r = ingester.ingest(file, new DocumentId(file.getFileName().toString()));
        return assertInstanceOf(ParseResult.Parsed.class, r, () -> "expected parsed, got " + r).document();
    }

    /** At least 95 % of the text's facts, by type and value, come back from the scan; and not much else. */
    private void assertSameFacts(Sample sample, Document scan) throws IOException {
        Path txt = dir.resolve("source." + sample.language + ".txt");
        Files.writeString(txt, sample.text, StandardCharsets.UTF_8);
        List<String> expected = keys(EXTRACTOR.extract(ingest(new TikaIngester(LIMITS), txt)));
        List<String> actual = keys(EXTRACTOR.extract(scan));
        Map<String, Integer> left = new HashMap<>();
        actual.forEach(k -> left.merge(k, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String key : expected) {
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
            } else {
                missing.add(key);
            }
        }
        double share = 1 - missing.size() / (double) expected.size();
        assertTrue(expected.size() >= 10, "too few facts in the text to measure: " + expected);
        assertTrue(share >= MIN_SHARE, () -> sample + ": " + Math.round(share * 100) + " % of " + expected.size()
                + " facts; missing " + missing + "\nOCR text:\n" + scan.text());
        long extra = left.values().stream().mapToInt(Integer::intValue).filter(n -> n > 0).sum();
        assertTrue(extra <= expected.size() * (1 - MIN_SHARE) + 1, () -> sample + ": facts the text does not have: "
                + left + "\nOCR text:\n" + scan.text());
    }

    private static List<String> keys(List<Fact> facts) {
        return facts.stream().map(f -> f.type() + "|" + f.value().normalized()).toList();
    }
}

package org.policylens.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.MetadataKeys;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * OCR's digit damage in every script: split decimals, digits split by spaces or glued to look-alikes, list labels
 * read as two numbers. In a text from OCR (a PDF text layer that looks OCR'd, or pages we read with Tesseract) the
 * fragments are no figures and {@code 0, 1} is 0.1; the same characters in a normal text keep today's reading.
 */
class OcrTextLayerTest {
    private static final FactExtractor EXTRACTOR = StandardExtractors.create(1);

    /** Words OCR damaged (Latin letters and junk inside Cyrillic words), enough to make a text layer look OCR'd. */
    private static final String CYRILLIC_DAMAGE = " Сув х}жалиги вztзирлиги, Ресгryбликаси, вzLзирликJrар ва идорirлар, "
            + "шартномiшарни, бiйича, кiрсатилган, Hzr:lopaT, юкJIансин.";

    /** language | a sentence with OCR damage | NUMBER values in the OCR text layer | NUMBER values as normal text. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', textBlock = """
            uz-Cyrl # Молия вазирлиги билан биргаликда 20|9-2023 йиллар тажрибасидан келиб чициб, 0, 1 коэффициенти 7 та ташкилотга цiлланилади. # 0.1 7 # 20 9 0 1 7
            uz-Cyrl # Вазирлар Маҳкамасининг 20 1 8 йил декабрдаги қарорига илова. 1 1, Ушбу Низом 12 та ташкилотга қўлланилади. # 12 # 20 1 8 1 12
            ru # Минфин совместно с ведомствами за 20|9-2023 годы применяет коэффициент 0, 5 к 14 организациям. # 0.5 14 # 20 9 0 5 14
            kk # Үкімет 20 1 8 жылы 0, 3 коэффициентін 25 ұйымға қолданды. # 0.3 25 # 20 1 8 0 3 25
            """)
    void cyrillicTextLayers(String language, String sentence, String ocrNumbers, String plainNumbers) {
        String text = sentence + CYRILLIC_DAMAGE.repeat(2);
        assertEquals(ocrNumbers, numbers(document(text, language, "application/pdf", 0)));
        assertEquals(plainNumbers, numbers(document(text, language, "text/plain", 0)));
    }

    /** Pages we read with Tesseract count as OCR whatever their script; the same text from a text layer does not. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', textBlock = """
            en # In 20 1 8 the agency applied a 0. 4 factor to 14 offices; 1 2 3 4 5 were the column numbers. # 0.4 14 # 20 1 8 0 4 14 1 2 3 4 5
            uz-Latn # Vazirlik 20|9-2023 yillarda 0, 2 koeffitsiyentni 16 ta tashkilotga qo'lladi. # 0.2 16 # 20 9 0 2 16
            ru # В 20 1 8 году коэффициент 0, 5 применили к 14 организациям. # 0.5 14 # 20 1 8 0 5 14
            """)
    void pagesReadByOcr(String language, String text, String ocrNumbers, String plainNumbers) {
        assertEquals(ocrNumbers, numbers(document(text, language, "application/pdf", 1)));
        assertEquals(plainNumbers, numbers(document(text, language, "application/pdf", 0)));
    }

    private static Document document(String text, String language, String mediaType, int ocrPages) {
        Map<String, String> metadata = ocrPages > 0 ? Map.of(MetadataKeys.OCR_PAGES, String.valueOf(ocrPages)) : Map.of();
        return new Document(new DocumentId("scan"), Path.of("scan"), mediaType, language, text,
                List.of(), List.of(), metadata);
    }

    private static String numbers(Document document) {
        List<Fact> facts = EXTRACTOR.extract(document);
        return String.join(" ", facts.stream().filter(f -> f.type() == FactType.NUMBER)
                .map(f -> f.value().normalized()).toList());
    }
}

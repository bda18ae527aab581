package org.policylens.ingest;

import org.policylens.TextWrap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same text printed to PDF by three producers (PDFBox, Chromium/Skia, LibreOffice) gives the same facts (type,
 * value, qualifier, date) as the text itself: narrow multi-page documents whose figures wrap across lines, with a
 * running header, a running footer and page numbers on every page, in English, Russian and Uzbek (both scripts).
 * A producer that is not installed is skipped with a message ({@code .ci/run} installs chromium and libreoffice).
 * Footnote markers ({@code ^1} in the texts) are printed small and raised, after a figure's word and after a sentence,
 * with the footnote itself at the page's foot: the text file has neither, and the PDF must not read them as figures.
 */
class PdfProducersTest {
    /** Paragraphs per printed page, so that every page carries a header, a footer and a page number. */
    private static final int PARAGRAPHS_PER_PAGE = 2;

    /** A footnote marker in {@link #TEXTS}: printed as a superscript, left out of the text file. */
    private static final Pattern MARKER = Pattern.compile("\\^(\\d+)");
    /** The footnote a page with markers carries at its foot, in the document's language. */
    private static final Map<String, String> NOTES = Map.of(
            "en", "Source: the annual report of the ministry.",
            "ru", "Источник: годовой отчёт министерства.",
            "uz-Latn", "Manba: vazirlikning yillik hisoboti.",
            "uz-Cyrl", "Манба: вазирликнинг йиллик ҳисоботи.");

    @TempDir
    Path dir;

    /** Texts of our own: long paragraphs with figures, dates, acts and qualifiers, repeated so they span pages. */
    private static final Map<String, List<String>> TEXTS = Map.of(
            "en", List.of(
                    "In 2020 the government of the republic allocated USD 1 billion^1 to the programme of regional "
                            + "development, and the budget deficit was reduced by -5% compared with the previous year.",
                    "The total number of beneficiaries of the social registry reached 2.5 million people across the "
                            + "fourteen regions of the country, while more than 14 thousand new jobs were created by the end of 2022.^2",
                    "Resolution No. 511 of 25 August 2020 provides a loan of USD 300 million for 2021, and the share of "
                            + "renewable energy in generation should reach at least 25 percent by 2030.",
                    "Exports of fruit and vegetables grew by 12.5 percent in the first half of 2019 to about "
                            + "USD 450 million, according to the statistics agency report published on 3 March 2020."),
            "ru", List.of(
                    "В 2020 году правительство республики выделило 1,2 трлн сумов^1 на программу развития регионов, "
                            + "а дефицит бюджета сократился до 3,5 процента валового внутреннего продукта.",
                    "Общее число получателей социальной помощи превысило 2,5 миллиона человек в четырнадцати "
                            + "регионах страны, а к концу 2022 года было создано более 14 тысяч рабочих мест.^2",
                    "Постановлением Кабинета Министров от 25 августа 2020 года № 511 предусмотрен кредит в размере "
                            + "300 миллионов долларов США на 2021 год и доля возобновляемой энергии не менее 25 процентов.",
                    "Экспорт плодоовощной продукции за первое полугодие 2019 года вырос на 12,5 процента и составил "
                            + "около 450 миллионов долларов по данным агентства статистики от 3 марта 2020 года."),
            "uz-Latn", List.of(
                    "2020-yilda hukumat hududlarni rivojlantirish dasturiga 1,2 trillion so'm^1 ajratdi, byudjet "
                            + "taqchilligi esa yalpi ichki mahsulotning 3,5 foizigacha qisqardi va ishlar davom etdi.",
                    "Ijtimoiy yordam oluvchilarning umumiy soni mamlakatning o'n to'rtta hududida 2,5 million "
                            + "kishidan oshdi, 2022-yil oxiriga qadar 14 mingdan ortiq yangi ish o'rinlari yaratildi.^2",
                    "Vazirlar Mahkamasining 2020-yil 25-avgustdagi 511-son qarori bilan 2021-yil uchun 300 million "
                            + "AQSH dollari miqdorida kredit ajratildi va qayta tiklanuvchi energiya ulushi kamida 25 foiz bo'ladi.",
                    "Meva-sabzavot mahsulotlari eksporti 2019-yilning birinchi yarmida 12,5 foizga o'sdi va statistika "
                            + "agentligining 2020-yil 3-martdagi ma'lumotiga ko'ra taxminan 450 million dollarni tashkil etdi."),
            "uz-Cyrl", List.of(
                    "2020 йилда ҳукумат ҳудудларни ривожлантириш дастурига 1,2 триллион сўм^1 ажратди, бюджет "
                            + "тақчиллиги эса ялпи ички маҳсулотнинг 3,5 фоизигача қисқарди ва ишлар давом этди.",
                    "Ижтимоий ёрдам олувчиларнинг умумий сони мамлакатнинг ўн тўртта ҳудудида 2,5 миллион "
                            + "кишидан ошди, 2022 йил охиригача 14 мингдан ортиқ янги иш ўринлари яратилди.^2",
                    "Вазирлар Маҳкамасининг 2020 йил 25 августдаги 511-сон қарори билан 2021 йил учун 300 миллион "
                            + "АҚШ доллари миқдорида кредит ажратилди ва қайта тикланувчи энергия улуши камида 25 фоиз бўлади.",
                    "Мева-сабзавот маҳсулотлари экспорти 2019 йилнинг биринчи ярмида 12,5 фоизга ўсди ва статистика "
                            + "агентлигининг 2020 йил 3 мартдаги маълумотига кўра тахминан 450 миллион долларни ташкил этди."));

    static Stream<Arguments> producersAndLanguages() {
        List<Arguments> all = new ArrayList<>();
        for (String producer : List.of("pdfbox", "chromium", "libreoffice")) {
            for (String lang : List.of("en", "ru", "uz-Latn", "uz-Cyrl")) {
                all.add(Arguments.of(producer, lang));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("producersAndLanguages")
    void aPrintedPdfGivesTheFactsOfItsText(String producer, String lang) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {   // two copies: four pages of two paragraphs
            paragraphs.addAll(TEXTS.get(lang));
        }
        Path text = dir.resolve("doc." + lang + ".txt");
        Files.writeString(text, MARKER.matcher(String.join("\n\n", paragraphs)).replaceAll("") + "\n",
                StandardCharsets.UTF_8);
        Path pdf = switch (producer) {
            case "pdfbox" -> pdfbox(paragraphs, lang);
            case "chromium" -> printed(paragraphs, lang, "chromium");
            default -> printed(paragraphs, lang, "soffice");
        };
        List<String> fromText = PrintedFacts.of(PrintedFacts.ingest(text));
        List<String> fromPdf = PrintedFacts.of(PrintedFacts.ingest(pdf));
        assertFalse(fromText.isEmpty());
        List<String> missing = new ArrayList<>(fromText);
        fromPdf.forEach(missing::remove);
        List<String> extra = new ArrayList<>(fromPdf);
        fromText.forEach(extra::remove);
        assertEquals(fromText, fromPdf, producer + " " + lang + ": the PDF's facts differ from its text's: missing "
                + missing + ", extra " + extra + "\nPDF text:\n" + PrintedFacts.ingest(pdf).text());
        String furniture = PrintedFacts.ingest(pdf).metadata().getOrDefault(TikaIngester.PAGE_FURNITURE, "");
        assertTrue(furniture.contains("Policy Review"), producer + " " + lang + ": running header not set apart: " + furniture);
    }



    private static String header(int page) {
        return "Policy Review / Vol. 7, No. " + (40 + page) + " / Monday, March " + (10 + page) + ", 2025";
    }

    private static String footer(int page) {
        return "VerDate Sep 11 2014 18:34 Mar 24, 2025 Jkt 26500" + page + " Frm 0000" + page + " Fmt 4790";
    }

    /** An HTML page per printed page (header, two paragraphs, footer, page number), printed by Chromium or LibreOffice. */
    private Path printed(List<String> paragraphs, String lang, String program) throws Exception {
        String command = program.equals("chromium") ? "chromium" : "soffice";
        Assumptions.assumeTrue(onPath(command), command + " is not installed: the " + program + " PDF is not tested");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang.substring(0, 2) + "\"><head>"
                + "<meta charset=\"utf-8\"><style>@page{size:105mm 200mm;margin:10mm}"
                + "body{font-family:'DejaVu Serif',serif;font-size:11pt}"
                + " p{text-align:justify} .run{font-size:8pt}</style></head><body>");
        for (int page = 0; page * PARAGRAPHS_PER_PAGE < paragraphs.size(); page++) {
            // page-break-before on a paragraph: Chromium and LibreOffice both honour it
            html.append("<div class=\"page\"><p class=\"run\"").append(page > 0 ? " style=\"page-break-before:always\"" : "")
                    .append('>').append(header(page + 1)).append("</p>");
            for (int k = page * PARAGRAPHS_PER_PAGE; k < Math.min(paragraphs.size(), (page + 1) * PARAGRAPHS_PER_PAGE); k++) {
                html.append("<p>").append(MARKER.matcher(paragraphs.get(k)).replaceAll("<sup>$1</sup>")).append("</p>");
            }
            for (String marker : markers(paragraphs, page)) {
                html.append("<p class=\"run\"><sup>").append(marker).append("</sup> ").append(NOTES.get(lang)).append("</p>");
            }
            html.append("<p class=\"run\">").append(footer(page + 1)).append("</p><p class=\"run\">")
                    .append(page + 1).append("</p></div>");
        }
        html.append("</body></html>");
        Path source = dir.resolve("print-" + lang + ".html");
        Files.writeString(source, html, StandardCharsets.UTF_8);
        Path out = dir.resolve("print-" + lang + ".pdf");
        List<String> cmd = program.equals("chromium")
                ? List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--print-to-pdf=" + out, source.toString())
                : List.of("soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless",
                "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", dir.toString(), source.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(program + ".log").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            Assumptions.abort(program + " did not print within 120 s");
        }
        Assumptions.assumeTrue(Files.size(out) > 0, program + " printed nothing: " + Files.readString(dir.resolve(program + ".log")));
        return out;
    }

    /** A narrow PDF written with PDFBox: an embedded Unicode font, greedy line wrap, header, footer and page number. */
    private Path pdfbox(List<String> paragraphs, String lang) throws IOException {
        File fontFile = TestFonts.serif();
        Assumptions.assumeTrue(fontFile != null, "no DejaVu or Liberation font to embed: the PDFBox PDF is not tested");
        Path out = dir.resolve("pdfbox-" + lang + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, fontFile);
            PDRectangle size = new PDRectangle(300, 560);
            float margin = 28;
            float fontSize = 10.5f;
            float leading = fontSize * 1.3f;
            for (int page = 0; page * PARAGRAPHS_PER_PAGE < paragraphs.size(); page++) {
                PDPage pdPage = new PDPage(size);
                doc.addPage(pdPage);
                try (PDPageContentStream s = new PDPageContentStream(doc, pdPage)) {
                    float y = size.getHeight() - margin;
                    line(s, font, 7, margin, y, header(page + 1));
                    y -= 2 * leading;
                    for (int k = page * PARAGRAPHS_PER_PAGE; k < Math.min(paragraphs.size(), (page + 1) * PARAGRAPHS_PER_PAGE); k++) {
                        for (String l : wrap(paragraphs.get(k), font, fontSize, size.getWidth() - 2 * margin)) {
                            line(s, font, fontSize, margin, y, l);
                            y -= leading;
                        }
                        y -= leading * 0.8f;
                    }
                    for (String marker : markers(paragraphs, page)) {
                        line(s, font, 7, margin, y, "^" + marker + " " + NOTES.get(lang));
                        y -= leading;
                    }
                    line(s, font, 7, margin, margin + 12, footer(page + 1));
                    line(s, font, 8, size.getWidth() / 2, margin, Integer.toString(page + 1));
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    /** A line of text; its footnote markers at 60 % of the size, raised by a third of it. */
    private static void line(PDPageContentStream s, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.newLineAtOffset(x, y);
        Matcher m = MARKER.matcher(text);
        int from = 0;
        while (m.find()) {
            s.setFont(font, size);
            s.showText(text.substring(from, m.start()));
            s.setFont(font, size * 0.6f);
            s.setTextRise(size / 3);
            s.showText(m.group(1));
            s.setTextRise(0);
            from = m.end();
        }
        s.setFont(font, size);
        s.showText(text.substring(from));
        s.endText();
    }

    /** The footnote markers of the paragraphs printed on this page, in order. */
    private static List<String> markers(List<String> paragraphs, int page) {
        List<String> out = new ArrayList<>();
        for (int k = page * PARAGRAPHS_PER_PAGE; k < Math.min(paragraphs.size(), (page + 1) * PARAGRAPHS_PER_PAGE); k++) {
            Matcher m = MARKER.matcher(paragraphs.get(k));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = TextWrap.greedy(text, " ", width, s -> font.getStringWidth(s) / 1000 * size);
        return lines.isEmpty() ? List.of("") : lines;   // an empty paragraph still takes its line
    }


    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}

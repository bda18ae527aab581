package org.policylens.extract.program;

import org.junit.jupiter.api.Test;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.Candidate;
import org.policylens.extract.PipelineFactExtractor;
import org.policylens.extract.amount.AmountFinder;
import org.policylens.extract.link.ActDateLinker;
import org.policylens.extract.link.FigureLinker;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Language;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classes of programme-name errors found on real documents (issue 17), each in every language it occurs in:
 * quoted names kept whole, numbers inside names, lowercase quoted names, the cue inside the quotes, unquoted
 * capitalised names with a head word (English), and capitalised words that are not names. Quoted names before a
 * cue without the model are on in Uzbek Cyrillic, Kazakh and Uzbek Latin.
 */
class ProgramNameClassesTest {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final ProgramFinder FINDER = new ProgramFinder();

    private static List<String> names(String text, Language lang) {
        return FINDER.find(ANNOTATOR.annotate(text, lang)).stream().map(Candidate::value)
                .map(v -> v.normalized()).toList();
    }

    @Test
    void aQuotedNameBeforeOrAfterItsCueIsKeptWhole() {
        assertEquals(List.of("Besh tashabbus"),
                names("2020-yilda “Besh tashabbus” loyihasi doirasida ishlar amalga oshirildi.", Language.UZ_LATN));
        assertEquals(List.of("Беш ташаббус"),
                names("2020 йилда «Беш ташаббус» лойиҳаси доирасида ишлар амалга оширилди.", Language.UZ_CYRL));
        assertEquals(List.of("Пять инициатив"), names("В рамках проекта «Пять инициатив» открыты центры.", Language.RU));
        assertEquals(List.of("Five Initiatives"), names("Under the “Five Initiatives” project, centres opened.", Language.EN));
    }

    @Test
    void aNumberInsideAQuotedNameBelongsToTheName() {
        assertEquals(List.of("5 та муҳим ташаббус"),
                names("Ҳукумат «5 та муҳим ташаббус» дастурини тасдиқлади.", Language.UZ_CYRL));
        assertEquals(List.of("5 ta muhim tashabbus"),
                names("Hukumat “5 ta muhim tashabbus” dasturini tasdiqladi.", Language.UZ_LATN));
        assertEquals(List.of("5 важных инициатив"),
                names("Правительство утвердило программу «5 важных инициатив».", Language.RU));
        assertEquals(List.of("5 Key Initiatives"),
                names("The government approved the “5 Key Initiatives” programme.", Language.EN));
    }

    @Test
    void aNumberInsideAProgrammeNameIsNotANumberFact() {
        PipelineFactExtractor extractor = new PipelineFactExtractor(ANNOTATOR,
                List.of(new AmountFinder(), new ProgramFinder()), new FigureLinker(), new ActDateLinker());
        for (String[] c : new String[][]{
                {"uz-Cyrl", "Ҳукумат «5 та муҳим ташаббус» дастурини тасдиқлади, унга 12 та лойиҳа киритилди."},
                {"uz-Latn", "Hukumat “5 ta muhim tashabbus” dasturini tasdiqladi, unga 12 ta loyiha kiritildi."},
                {"ru", "Правительство утвердило программу «5 важных инициатив», в неё вошли 12 проектов."},
                {"en", "The 25-Point Implementation Plan to Reform Federal IT Management funded 12 projects."}}) {
            List<String> facts = extractor.extract(new Document(new DocumentId("d.txt"), Path.of("d.txt"), "text/plain",
                    c[0], c[1], List.of(), List.of(), Map.of())).stream()
                    .map(f -> f.type() + " " + f.value().normalized()).toList();
            assertEquals(2, facts.size(), c[0] + ": " + facts);
            assertTrue(facts.get(0).startsWith("PROGRAM "), c[0] + ": " + facts);
            assertEquals("NUMBER 12", facts.get(1), c[0] + ": " + facts);
        }
    }

    @Test
    void aLowercaseQuotedNameRightBeforeItsCueIsAName() {
        assertEquals(List.of("рақамли маркировка ва онлайн касса"),
                names("2020 йилда «рақамли маркировка ва онлайн касса» лойиҳасини ўз вақтида бажариш.", Language.UZ_CYRL));
        assertEquals(List.of("raqamli markirovka va onlayn kassa"),
                names("2020-yilda “raqamli markirovka va onlayn kassa” loyihasini o‘z vaqtida bajarish.", Language.UZ_LATN));
        // a gazetteer name in lowercase counts when it is the whole quotation
        assertEquals(List.of("Temir daftar"),
                names("muhtoj oilalarning ro‘yxatlariga (“temir daftar”) kiritilgan oilalar", Language.UZ_LATN));
        // not without a cue, not a quoted domain, not a cue two words on
        assertEquals(List.of(), names("banklar bo'yicha “yo'l xarita”larini amalga oshirishga kirishilsin", Language.UZ_LATN));
        assertEquals(List.of(), names("“pedkadr.tdi.uz” platformasini ishlab chiqsin;", Language.UZ_LATN));
        assertEquals(List.of(), names("«давлат қарзи тўғрисида»ги қонун лойиҳалари ишлаб чиқилсин", Language.UZ_CYRL));
        assertEquals(List.of(), names("The article analyzes “soft power” in a few words.", Language.EN));
    }

    @Test
    void aCueInsideTheQuotesMakesAProgrammeAndAGenericCueIsLeftOutOfItsValue() {
        assertEquals(List.of("Маҳалла гузарларида касбга ўқитиш"),
                names("бир ой муддатда «Маҳалла гузарларида касбга ўқитиш дастури»ни ишлаб чиқиб, тасдиқласин.",
                        Language.UZ_CYRL));
        assertEquals(List.of("Mahalla Vocational Training"),
                names("Adopt the “Mahalla Vocational Training Programme” within a month.", Language.EN));
        // other cue words are part of a quoted name
        assertEquals(List.of("Электрон парламент"),
                names("мулоқот имконини берувчи «Электрон парламент» тизими жорий этилсин;", Language.UZ_CYRL));
        assertEquals(List.of("Elektron parlament"),
                names("muloqot imkonini beruvchi “Elektron parlament” tizimi joriy etilsin;", Language.UZ_LATN));
        assertEquals(List.of("Саховат ва кўмак"),
                names("«Саховат ва кўмак» умумхалқ ҳаракатини давом эттириш.", Language.UZ_CYRL));
        assertEquals(List.of("Saxovat va ko‘mak"),
                names("“Saxovat va ko‘mak” umumxalq harakatini davom ettirish.", Language.UZ_LATN));
        // but not a quote that names the word after it (a centre, a contest), nor a cue turned adjective
        assertEquals(List.of(), names("«Тараққиёт стратегияси» маркази таклифлари", Language.UZ_CYRL));
        assertEquals(List.of(), names("«Ягона миллий меҳнат тизими» идоралараро дастурий-аппарат мажмуида", Language.UZ_CYRL));
    }

    @Test
    void anUnquotedCapitalisedNameWithAHeadWordIsAnEnglishName() {
        assertEquals(List.of("Employment Roadmap", "Comprehensive Plan of Economic Recovery"),
                names("The ministry adopted the Employment Roadmap and the Comprehensive Plan of Economic Recovery.",
                        Language.EN));
        assertEquals(List.of("USGv6 Test"), names("Vendors can use the USGv6 Test Program to document it.", Language.EN));
        assertEquals(List.of("IPv6 Ready Logo"),
                names("It is the test lab for the IPv6 Ready Logo program, and the USGv6 program is aligned.", Language.EN));
        assertEquals(List.of("Perkins III Career and Technical Education"),
                names("(2) the federal Perkins III Career and\nTechnical Education Program, (3) a grant", Language.EN));
        assertEquals(List.of("25-Point Implementation Plan to Reform Federal IT Management"),
                names("Vivek Kundra. 25-Point Implementation Plan to Reform Federal IT Management. 12/9/2010.", Language.EN));
        assertEquals(List.of("Grant Accountability Project"),
                names("6 Domestic Working Group, Grant Accountability Project, Guide to Opportunities.", Language.EN));
        // not: function words, a lone first word of a sentence, a lowercase head after one word, a heading
        assertEquals(List.of(), names("The Program was funded. Each Strategy has goals. Employment Plan aside, "
                + "the federal CSE program grew. STRATEGIC PLAN", Language.EN));
        // nor the head of a title that goes on through a count: the head alone is a truncated title
        assertEquals(List.of(), names("It implements the National Action Strategy on Five Priority Development Areas "
                + "2017-2021 and the Investment Plan for 10 Key Sectors.", Language.EN));
        assertEquals(List.of("Development Strategy of New Uzbekistan"),
                names("It adopted the Development Strategy of New Uzbekistan for 2022-2026.", Language.EN));
    }

    @Test
    void aCountedSetOfProgrammesIsOneName() {
        // English names the set unquoted, every word capitalised after "the"
        assertEquals(List.of("Five Initiatives"), names("In accordance with the third direction of the Five Initiatives "
                + "put forward by the President, work continues.", Language.EN));
        assertEquals(List.of("Five Initiatives"),
                names("During the implementation of the Five Initiatives, a centre was opened.", Language.EN));
        // not: a headline without the article, a longer name, a count of a titled thing
        assertEquals(List.of(), names("Uzbekistan Launches Two Projects in Fergana", Language.EN));
        assertEquals(List.of(), names("It was paid by the Five Initiatives Fund of the region.", Language.EN));
        assertEquals(List.of(), names("It implements the five initiatives and the Five Priority Areas.", Language.EN));
        // the other languages quote the set's name before its cue
        assertEquals(List.of("Besh tashabbus"),
                names("“Besh tashabbus” loyihasini amalga oshirish doirasida markaz ochildi.", Language.UZ_LATN));
        assertEquals(List.of("Беш ташаббус"),
                names("«Беш ташаббус» лойиҳасини амалга ошириш доирасида марказ очилди.", Language.UZ_CYRL));
        assertEquals(List.of("Пять инициатив"),
                names("В рамках реализации проекта «Пять инициатив» открыт центр.", Language.RU));
        assertEquals(List.of("Бес бастама"),
                names("«Бес бастама» жобасын іске асыру аясында орталық ашылды.", Language.KK));
        // every set of a text, beside the other names, each once
        assertEquals(List.of("Five Initiatives", "Employment Roadmap", "Five Initiatives"),
                names("It follows the Five Initiatives. It adopted the Employment Roadmap. It funds the Five Initiatives.",
                        Language.EN));
    }

    @Test
    void anEnglishNameKeepsItsBracketedAcronymZeroAndListButNotItsOwner() {
        assertEquals(List.of("Information Technology (IT) Operating Plan"),
                names("I submit the Administration's Information Technology (IT) Operating Plan on behalf of OMB.",
                        Language.EN));
        assertEquals(List.of("Federal Zero Trust Strategy"),
                names("Scaling Login.gov aligns with OMB's Federal Zero Trust Strategy while reducing costs.", Language.EN));
        assertEquals(List.of("Special Supplemental Nutrition Program for Women, Infants and Children"),
                names("It built the Department of Agriculture's Special Supplemental Nutrition Program for Women, "
                        + "Infants and Children website.", Language.EN));
        // a head inside a longer proper name (an act, an office) ends no programme's name
        assertEquals(List.of(), names("As part of the American Rescue Plan Act of 2021 (ARP), agencies work with "
                + "GSA's TMF Program Management Office to submit proposals.", Language.EN));
    }

    @Test
    void capitalsDoNotMarkNamesInLanguagesThatCapitaliseOnlyTheFirstWord() {
        assertEquals(List.of(), names("2017 — 2021-yillarda beshta ustuvor yo'nalishi bo'yicha Harakatlar strategiyasini "
                + "amalga oshirish.", Language.UZ_LATN));
        assertEquals(List.of(), names("2017 — 2021 йилларда бешта устувор йўналиши бўйича Ҳаракатлар стратегиясини "
                + "амалга ошириш.", Language.UZ_CYRL));
        // a cue before a name belongs to the words before it where the cue follows the name
        assertEquals(List.of(), names("Moliyaviy xizmatlar ommabopligini oshirish strategiyalari, Tashqi iqtisodiy "
                + "faoliyatni tartibga solish konsepsiyasi ishlab chiqilsin.", Language.UZ_LATN));
        assertEquals(List.of(), names("Утверждена Государственная программа развития образования.", Language.RU));
    }

    @Test
    void aGenericKindOfPlanAfterItsOwnerIsNoName() {
        // an agency's, an office's or a statute's strategic plan: a document every body has
        assertEquals(List.of(), names("The GPRA Strategic Plan is developed outside of the CIO functions, the Agency "
                + "Strategic Plan sets goals and the IT Strategic Plan follows it.", Language.EN));
        assertEquals(List.of(), names("The Strategic Plan for 2022-2026 was issued by the Department's Strategic Plan "
                + "office.", Language.EN));
        assertEquals(List.of(), names("Министерство утвердило «Стратегический план» на 2020-2025 годы.", Language.RU));
        assertEquals(List.of(), names("“Strategik reja” loyihasi vazirlik tomonidan ishlab chiqildi.", Language.UZ_LATN));
        assertEquals(List.of(), names("“Стратегик режа” лойиҳаси вазирлик томонидан ишлаб чиқилди.", Language.UZ_CYRL));
        assertEquals(List.of(), names("«Стратегиялық жоспар» жобасы министрлікте әзірленді.", Language.KK));
        assertEquals(List.of(), names("\"Strategııalyq jospar\" jobasy mınıstrlikte ázirlendi.", Language.KK_LATN));
        // but a plan with words of its own keeps its name
        assertEquals(List.of("Federal Zero Trust Strategy"),
                names("Scaling Login.gov aligns with OMB's Federal Zero Trust Strategy.", Language.EN));
        assertEquals(List.of("Comprehensive Plan of Economic Recovery"),
                names("The ministry adopted the Comprehensive Plan of Economic Recovery.", Language.EN));
    }

    @Test
    void aOneWordNameOpeningItsSentenceIsNoName() {
        // a note's source (a company before its cue word) or a list item's first word: capitals say nothing there
        assertEquals(List.of(), names("⁶ Accenture Strategy.", Language.EN));
        assertEquals(List.of(), names("3. Systematic project vetting: The PMO has technical expertise in areas such as "
                + "cybersecurity and user design.", Language.EN));
        // an acronym or a name inside the sentence stays a name
        assertEquals(List.of("EINSTEIN"), names("The automated network scanning initiative EINSTEIN required scans.",
                Language.EN));
    }
}

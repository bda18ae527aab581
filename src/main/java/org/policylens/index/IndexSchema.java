package org.policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.policylens.index.analysis.Analyzers;

import java.util.List;
import java.util.Map;

/**
 * Every field of the index and how it is indexed. Each source document is one block, written atomically:
 * its passage entries, then its fact entries, then the document entry (last). Every entry carries
 * {@link #DOC_ID} so that one delete-by-term replaces or removes the whole block.
 *
 * <pre>
 * field            kinds          indexed as                         stored
 * kind             all            StringField: doc | passage | fact  yes
 * doc_id           all            StringField                        yes
 * path, title      doc, passage   title also analyzed (FOLD)         yes
 * doc_title        fact           -                                  yes
 * content_hash     all            StringField                        yes
 * language         all            StringField                        yes
 * type             doc, passage   StringField (document type)        yes
 * adoption_date    doc, passage   -                                  yes (ISO)
 * year             doc, passage   StringField (adoption year)        -
 * *_dv             passage        doc_id, language, type, year: SortedDocValues; programs: SortedSetDocValues
 * passage_count,
 * fact_count       doc            -                                  yes (block completeness check)
 * start, end, page passage, fact  -                                  yes
 * passage          passage        -                                  yes (the text)
 * text_en|ru|uz|kk passage, fact  analyzed per language (one field)  -
 * text_fold        passage, fact  analyzed by FOLD, every language   -
 * act              passage, fact  StringField, canonical id          fact: raw id stored in value
 * program          passage, fact  StringField, lowercased name       -
 * fact_type        fact           StringField                        yes
 * value, amount_raw, unit          keyword unit; amount DoublePoint    yes
 * date_first/last  fact           LongPoint epoch days               -
 * qualifier, when, subject, text, sent_start, sent_end, sentence, ordinal: fact, stored only
 * </pre>
 */
public final class IndexSchema {
    /** Bumped whenever a change here makes old indexes unreadable or wrong. */
    public static final int VERSION = 1;
    public static final String VERSION_KEY = "policylens.schema";

    public static final String KIND = "kind";
    public static final String KIND_DOC = "doc";
    public static final String KIND_PASSAGE = "passage";
    public static final String KIND_FACT = "fact";

    public static final String DOC_ID = "doc_id";
    public static final String PATH = "path";
    public static final String TITLE = "title";
    public static final String CONTENT_HASH = "content_hash";
    public static final String LANGUAGE = "language";
    public static final String DOC_TYPE = "type";
    public static final String ADOPTION_DATE = "adoption_date";
    public static final String YEAR = "year";
    /** Doc-values twins on passage entries (grouping and facets); kept apart so every field has one schema. */
    public static final String DOC_ID_DV = "doc_id_dv";
    public static final String LANGUAGE_DV = "language_dv";
    public static final String DOC_TYPE_DV = "type_dv";
    public static final String YEAR_DV = "year_dv";
    public static final String PROGRAMS_DV = "programs_dv";
    /** Title stored on fact entries (not indexed there). */
    public static final String DOC_TITLE = "doc_title";
    public static final String PASSAGE_COUNT = "passage_count";
    public static final String FACT_COUNT = "fact_count";

    public static final String START = "start";
    public static final String END = "end";
    public static final String PAGE = "page";
    public static final String PASSAGE = "passage";

    public static final String TEXT_EN = "text_en";
    public static final String TEXT_RU = "text_ru";
    public static final String TEXT_UZ = "text_uz";
    public static final String TEXT_KK = "text_kk";
    public static final String TEXT_FOLD = "text_fold";
    /** Default query fields: the fold field, every language field and the title. */
    public static final List<String> QUERY_FIELDS = List.of(TEXT_FOLD, TEXT_EN, TEXT_RU, TEXT_UZ, TEXT_KK, TITLE);
    /** Name a user may write in a query for "any text field". */
    public static final String TEXT_ALIAS = "text";

    public static final String ACT = "act";
    public static final String PROGRAM = "program";
    public static final String FACT_TYPE = "fact_type";
    public static final String VALUE = "value";
    public static final String AMOUNT = "amount";
    public static final String AMOUNT_RAW = "amount_raw";
    public static final String UNIT = "unit";
    public static final String DATE_FIRST = "date_first";
    public static final String DATE_LAST = "date_last";
    public static final String QUALIFIER = "qualifier";
    public static final String WHEN = "when";
    public static final String SUBJECT = "subject";
    public static final String FACT_TEXT = "fact_text";
    public static final String SENTENCE_START = "sent_start";
    public static final String SENTENCE_END = "sent_end";
    public static final String SENTENCE = "sentence";
    public static final String ORDINAL = "ordinal";

    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(Analyzers.FOLD, Map.ofEntries(
            Map.entry(TEXT_EN, Analyzers.ENGLISH),
            Map.entry(TEXT_RU, Analyzers.RUSSIAN),
            Map.entry(TEXT_UZ, Analyzers.UZBEK),
            Map.entry(TEXT_KK, Analyzers.KAZAKH),
            Map.entry(TEXT_FOLD, Analyzers.FOLD),
            Map.entry(TITLE, Analyzers.FOLD),
            Map.entry(KIND, Analyzers.KEYWORD),
            Map.entry(DOC_ID, Analyzers.KEYWORD),
            Map.entry(PATH, Analyzers.KEYWORD),
            Map.entry(CONTENT_HASH, Analyzers.KEYWORD),
            Map.entry(LANGUAGE, Analyzers.KEYWORD),
            Map.entry(DOC_TYPE, Analyzers.KEYWORD),
            Map.entry(YEAR, Analyzers.KEYWORD),
            Map.entry(ACT, Analyzers.KEYWORD),
            Map.entry(PROGRAM, Analyzers.LOWERCASE_KEYWORD),
            Map.entry(FACT_TYPE, Analyzers.KEYWORD),
            Map.entry(UNIT, Analyzers.KEYWORD)));

    private IndexSchema() {
    }

    /** Index- and query-time analyzer for every field above. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The language-specific text field for a document language code, or null (fold field only). */
    public static String textFieldFor(String languageCode) {
        if (languageCode == null) {
            return null;
        }
        String code = languageCode.toLowerCase(java.util.Locale.ROOT);
        if (code.equals("en") || code.startsWith("en-")) {
            return TEXT_EN;
        }
        if (code.equals("ru") || code.startsWith("ru-")) {
            return TEXT_RU;
        }
        if (code.equals("uz") || code.startsWith("uz-")) {
            return TEXT_UZ;
        }
        if (code.equals("kk") || code.startsWith("kk-")) {
            return TEXT_KK;
        }
        return null;
    }
}

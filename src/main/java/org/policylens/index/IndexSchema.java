package org.policylens.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.policylens.index.analysis.Analyzers;

import java.util.List;
import java.util.Map;

/**
 * Every field of the index and how it is indexed. Each source document is one block, written atomically:
 * its facts, each run of facts from one sentence followed by that sentence's entry (so a block join ranks facts
 * by their sentence, analysed once however many facts it holds), then its passage entries, then the document
 * entry (last). Every entry carries {@link #DOC_ID} so that one delete-by-term replaces or removes the whole block.
 *
 * <pre>
 * field            kinds          indexed as                         stored
 * kind             all            StringField: doc|passage|sentence|fact  yes
 * doc_id           all            StringField                        yes
 * path             doc, passage   -                                  yes
 * title            passage        analyzed (FOLD, once per document)  yes
 * doc_title        doc            -                                  yes (a fact's hit reads its document's)
 * content_hash     doc, passage, fact  StringField                   yes
 * language         doc, passage   StringField                        yes
 * type             doc, passage   StringField (document type)        yes
 * adoption_date    doc, passage   -                                  yes (ISO)
 * year             doc, passage   StringField (adoption year)        -
 * ocr_pages        doc, passage   IntPoint (pages read by OCR; 0 for a text layer)  -
 * *_dv             passage        doc_id, language, type, year: SortedDocValues; programs: SortedSetDocValues
 * doc_id_dv        doc, fact      also here: filter-only searches rank documents by it; fact hits break ties by it
 * acts_dv          doc            SortedSetDocValues of the cited acts' canonical ids (act facet)
 * passage_count,
 * fact_count       doc            -                                  yes (block completeness check)
 * text_signature   doc            -                                  yes (TextSignature bytes: near-duplicate detection)
 * start, end, page passage, fact  -                                  yes
 * passage          passage        -                                  yes (the text)
 * text_en|ru      passage        analyzed per language (en: stems plus original words)  -
 * text_fold        passage        analyzed by FOLD, every language but English  -
 * sentence_en|ru|fold  sentence   as text_* per language (English: stems only), no positions: ranks its facts  -
 * act              all but sent.  StringField, canonical id          fact: raw id stored in value
 * program          all but sent.  StringField, lowercased name       -
 * date_range       doc            LongRange of epoch days, one per distinct fact date (search date filters)
 * fact_type        fact           StringField                        yes
 * value, amount_raw, unit          keyword unit (when any); amount DoublePoint  yes
 * date_first/last  fact           LongPoint epoch days               -
 * ordinal          fact           NumericDocValues (text order: breaks ties after doc_id_dv)  yes
 * qualifier, when, subject, text, sent_start, sent_end, sentence: fact, stored only
 * </pre>
 */
public final class IndexSchema {
    /** Bumped whenever a change here makes old indexes unreadable or wrong. */
    public static final int VERSION = 11;
    public static final String VERSION_KEY = "policylens.schema";

    public static final String KIND = "kind";
    public static final String KIND_DOC = "doc";
    public static final String KIND_PASSAGE = "passage";
    public static final String KIND_FACT = "fact";
    /** The sentence of the fact entries just before it in the block: the parent that ranks them. */
    public static final String KIND_SENTENCE = "sentence";

    public static final String DOC_ID = "doc_id";
    public static final String PATH = "path";
    public static final String TITLE = "title";
    public static final String CONTENT_HASH = "content_hash";
    public static final String LANGUAGE = "language";
    public static final String DOC_TYPE = "type";
    public static final String ADOPTION_DATE = "adoption_date";
    public static final String YEAR = "year";
    /** Pages of the document read by OCR (0 when it has a text layer): search can keep or drop scans. */
    public static final String OCR_PAGES = "ocr_pages";
    /** Doc-values twins on passage entries (grouping and facets); kept apart so every field has one schema. */
    public static final String DOC_ID_DV = "doc_id_dv";
    public static final String LANGUAGE_DV = "language_dv";
    public static final String DOC_TYPE_DV = "type_dv";
    public static final String YEAR_DV = "year_dv";
    public static final String PROGRAMS_DV = "programs_dv";
    /** On document entries: the canonical ids of the acts the document cites (the act facet; absent in older indexes). */
    public static final String ACTS_DV = "acts_dv";
    /** Title stored on fact entries (not indexed there). */
    public static final String DOC_TITLE = "doc_title";
    public static final String PASSAGE_COUNT = "passage_count";
    public static final String FACT_COUNT = "fact_count";
    /** The document's near-duplicate signature ({@link TextSignature}), so that verification can skip copies of an article. */
    public static final String TEXT_SIGNATURE = "text_signature";

    public static final String START = "start";
    public static final String END = "end";
    public static final String PAGE = "page";
    public static final String PASSAGE = "passage";

    public static final String TEXT_EN = "text_en";
    public static final String TEXT_RU = "text_ru";
    public static final String TEXT_FOLD = "text_fold";
    /** Default query fields: the fold field, the language fields and the title. */
    public static final List<String> QUERY_FIELDS = List.of(TEXT_FOLD, TEXT_EN, TEXT_RU, TITLE);
    /** A fact sentence's text fields, analysed as the passage fields; kept apart so passage search never reads them. */
    public static final String SENTENCE_FOLD = "sentence_fold";
    public static final String SENTENCE_EN = "sentence_en";
    public static final String SENTENCE_RU = "sentence_ru";
    public static final List<String> SENTENCE_FIELDS = List.of(SENTENCE_FOLD, SENTENCE_EN, SENTENCE_RU);
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
    /** On document entries: the distinct date ranges of the document's facts, for the search date filters. */
    public static final String DATE_RANGE = "date_range";
    public static final String QUALIFIER = "qualifier";
    public static final String WHEN = "when";
    public static final String SUBJECT = "subject";
    public static final String FACT_TEXT = "fact_text";
    public static final String SENTENCE_START = "sent_start";
    public static final String SENTENCE_END = "sent_end";
    public static final String SENTENCE = "sentence";
    public static final String ORDINAL = "ordinal";

    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(Analyzers.FOLD, analyzers(Analyzers.ENGLISH));
    /** At index time the English passage field also keeps each word's original form (see {@link Analyzers#ENGLISH_INDEX}). */
    private static final Analyzer INDEX_ANALYZER = new PerFieldAnalyzerWrapper(Analyzers.FOLD,
            analyzers(Analyzers.ENGLISH_INDEX));

    private static Map<String, Analyzer> analyzers(Analyzer englishPassages) {
        return Map.ofEntries(
            Map.entry(TEXT_EN, englishPassages),
            Map.entry(TEXT_RU, Analyzers.RUSSIAN),
            Map.entry(TEXT_FOLD, Analyzers.FOLD),
            // stems only: fact sentences are matched by stemmed terms alone (no wildcards, no phrases)
            Map.entry(SENTENCE_EN, Analyzers.ENGLISH),
            Map.entry(SENTENCE_RU, Analyzers.RUSSIAN),
            Map.entry(SENTENCE_FOLD, Analyzers.FOLD),
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
            Map.entry(UNIT, Analyzers.KEYWORD));
    }

    private IndexSchema() {
    }

    /** Query-time analyzer for every field above (and index-time for all but {@link #TEXT_EN}). */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** Index-time analyzer for every field above. */
    public static Analyzer indexAnalyzer() {
        return INDEX_ANALYZER;
    }

    /**
     * The text fields a passage in this language is indexed in. English: its own field only, which holds the
     * original words as well as the stems. Uzbek and Kazakh: the fold only, which normalizes everything their own
     * fields do and more. Russian: the fold (cross-script) and the stemmed Russian field. Others: the fold.
     */
    public static List<String> passageFieldsFor(String languageCode) {
        String field = textFieldFor(languageCode);
        if (TEXT_EN.equals(field)) {
            return List.of(TEXT_EN);
        }
        return TEXT_RU.equals(field) ? List.of(TEXT_FOLD, TEXT_RU) : List.of(TEXT_FOLD);
    }

    /** The stemmed passage text field for a document language code (English, Russian), or null. */
    static String textFieldFor(String languageCode) {
        return isLanguage(languageCode, "en") ? TEXT_EN : isLanguage(languageCode, "ru") ? TEXT_RU : null;
    }

    /** The text fields a fact sentence in this language is indexed in: the counterparts of {@link #passageFieldsFor}. */
    public static List<String> sentenceFieldsFor(String languageCode) {
        String field = textFieldFor(languageCode);
        if (TEXT_EN.equals(field)) {
            return List.of(SENTENCE_EN);
        }
        return TEXT_RU.equals(field) ? List.of(SENTENCE_FOLD, SENTENCE_RU) : List.of(SENTENCE_FOLD);
    }

    /** Whether a language code (such as {@code ru} or {@code uz-Cyrl}) is of this base language. */
    private static boolean isLanguage(String languageCode, String language) {
        if (languageCode == null) {
            return false;
        }
        String code = languageCode.toLowerCase(java.util.Locale.ROOT);
        return code.equals(language) || code.startsWith(language + "-");
    }
}

package org.policylens.lang;

import org.policylens.budget.Budget;
import org.policylens.budget.SharedWork;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import org.apache.lucene.analysis.CharArraySet;
import org.policylens.model.Language;
import org.policylens.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells English, Russian, Uzbek and Kazakh (each in Latin and Cyrillic script; Russian and English in one) apart.
 *
 * <p>Script evidence decides first, because it is cheap and reliable where the statistical model is
 * weak: Uzbek-only letters (ў ҳ, and қ ғ without Kazakh letters), Kazakh-only letters (ә ң ө ұ ү һ і),
 * the oʻ / gʻ digraphs of Uzbek Latin, the accented letters of Kazakh Latin. OpenNLP's language detector
 * (langdetect-183, from the classpath) settles the rest. Instances are thread-safe; the model is loaded once per JVM.
 */
public final class LanguageIdentifier {

    /** Resource name of the model inside opennlp-models-langdetect-1.3.0.jar. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Below this many letters a paragraph tells nothing reliable and inherits its neighbour's language. */
    static final int MIN_LETTERS = 40;
    private static final int SAMPLE_CHARS = 4000;
    /** From this many paragraphs on, a document's paragraphs are judged on every core. */
    static final int PARALLEL_PARAGRAPHS = 512;
    private static final CharArraySet ENGLISH_WORDS = markers(Vocabularies.ENGLISH.identifying());
    private static final CharArraySet UZBEK_WORDS = markers(Vocabularies.UZBEK_LATIN.identifying());

    private static final int LONGEST_MARKER_WORD = Stream.concat(ENGLISH_WORDS.stream(), UZBEK_WORDS.stream())
            .mapToInt(w -> ((char[]) w).length).max().orElse(0);

    private static CharArraySet markers(List<String> words) {
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    /** Per-document result: the overall language and, for each paragraph, its own (or inherited) language. */
    public record DocumentLanguages(Language overall, List<Language> perParagraph) {
        public DocumentLanguages {
            perParagraph = List.copyOf(perParagraph);
        }

        /** True when paragraphs in more than one language were found. */
        public boolean mixed() {
            return perParagraph.stream().filter(l -> l != Language.UNKNOWN).distinct().count() > 1;
        }

        /** Runs of paragraph languages as {@code index:code,...}, e.g. {@code 0:en,5:uz-Latn,6:ru}. */
        public String compact() {
            StringBuilder sb = new StringBuilder();
            Language run = null;
            for (int i = 0; i < perParagraph.size(); i++) {
                Language l = perParagraph.get(i);
                if (l != run) {
                    if (!sb.isEmpty()) {
                        sb.append(',');
                    }
                    sb.append(i).append(':').append(l.code());
                    run = l;
                }
            }
            return sb.toString();
        }
    }

    static final class ModelHolder {
        static final LanguageDetectorModel MODEL = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL_RESOURCE
                            + " not on the classpath (opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
            }
        }
    }

    /**
     * Loads the language model now (it takes most of a second), so a caller can have it loaded on another core while
     * it does other work; a model that cannot be loaded fails here quietly and again, with its reason, when used.
     */
    public static void preload() {
        try {
            ModelHolder.MODEL.getClass();
        } catch (RuntimeException | LinkageError e) {
            // reported by the first identification that needs the model
        }
    }

    /** The language of {@code text} as a whole; {@link Language#UNKNOWN} when there is too little text. */
    public Language identify(CharSequence text) {
        CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
        return decide(ScriptStats.of(sample, 0, sample.length()), sample);
    }

    /**
     * Languages of a document paragraph by paragraph, and overall by the number of letters in each
     * language, so a mostly English article with Uzbek and Russian abstracts comes out English.
     */
    public DocumentLanguages identify(String text, List<Span> paragraphs) {
        // paragraphs are judged one by one, so a long document's are judged on every core, in slices, merged in order
        int slices = paragraphs.size() < PARALLEL_PARAGRAPHS ? 1 : SharedWork.cores() * 4;
        List<Slice> judged = SharedWork.map(slices, k -> judge(text, paragraphs.subList(
                paragraphs.size() * k / slices, paragraphs.size() * (k + 1) / slices)));
        List<Language> own = new ArrayList<>(paragraphs.size());
        Map<Language, Long> letters = new EnumMap<>(Language.class);
        for (Slice slice : judged) {
            own.addAll(slice.own());
            slice.letters().forEach((l, n) -> letters.merge(l, n, Long::sum));
        }
        Language overall = letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseGet(() -> identify(text));
        // short paragraphs (headings, numbers) take the language of the paragraph before them
        List<Language> filled = new ArrayList<>(own.size());
        Language current = overall;
        for (Language l : own) {
            if (l != Language.UNKNOWN) {
                current = l;
            }
            filled.add(current);
        }
        return new DocumentLanguages(overall, filled);
    }

    /** Each paragraph's own language, and the letters of each language, in some of a document's paragraphs. */
    private record Slice(List<Language> own, Map<Language, Long> letters) {
    }

    private Slice judge(String text, List<Span> paragraphs) {
        List<Language> own = new ArrayList<>(paragraphs.size());
        Map<Language, Long> letters = new EnumMap<>(Language.class);
        for (Span p : paragraphs) {
            Budget.check();
            int end = Math.min(p.end(), p.start() + SAMPLE_CHARS);
            ScriptStats stats = ScriptStats.of(text, p.start(), end);
            Language l = stats.letters < MIN_LETTERS ? Language.UNKNOWN : decide(stats, text.subSequence(p.start(), end));
            own.add(l);
            if (l != Language.UNKNOWN) {
                // the whole paragraph's letters: the sample's, plus those past it (no second full scan)
                letters.merge(l, (long) stats.letters + letterCount(text, end, p.end()), Long::sum);
            }
        }
        return new Slice(own, letters);
    }

    private static int letterCount(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The language of a short text (a title, a paragraph) from its letters and marker words alone, without the
     * statistical model: Kazakh, Uzbek or Russian Cyrillic by their own letters; Uzbek Latin by its digraphs or
     * words, English by its words; {@link Language#UNKNOWN} when nothing tells.
     */
    public static Language byScript(CharSequence text) {
        ScriptStats s = ScriptStats.of(text, 0, text.length());
        if (s.cyrillic > s.latin) {
            if (s.kazakhOnly > s.uzbekOnly) {
                return Language.KK;
            }
            return s.uzbekOnly + s.uzbekKazakh > 0 ? Language.UZ_CYRL : Language.RU;
        }
        if (s.latin == 0) {
            return Language.UNKNOWN;
        }
        if (kazakhLatin(s)) {
            return Language.KK_LATN;
        }
        if (s.uzbekDigraphs > 0 || s.uzbekWords > s.englishWords) {
            return Language.UZ_LATN;
        }
        return s.englishWords > 0 ? Language.EN : Language.UNKNOWN;
    }

    private Language decide(ScriptStats s, CharSequence sample) {
        if (s.letters < 12) {
            return Language.UNKNOWN;
        }
        if (s.cyrillic > s.latin) {
            double kk = (double) s.kazakhOnly / s.cyrillic;
            double uz = (double) (s.uzbekOnly + s.uzbekKazakh) / s.cyrillic;
            if (s.kazakhOnly > s.uzbekOnly && kk >= 0.004) {
                return Language.KK;
            }
            if (uz >= 0.004 && s.uzbekOnly > 0) {
                return Language.UZ_CYRL;
            }
            if (s.russianOnly > 0 && s.uzbekOnly == 0 && s.kazakhOnly == 0) {
                return Language.RU;
            }
            return switch (model(sample)) {
                case "kaz" -> Language.KK;
                case "uzb" -> Language.UZ_CYRL;
                default -> uz >= 0.004 ? Language.UZ_CYRL : Language.RU;
            };
        }
        if (s.latin == 0) {
            return Language.UNKNOWN;
        }
        if (kazakhLatin(s)) {
            return Language.KK_LATN;
        }
        boolean uzMarkers = s.uzbekDigraphs >= 2 && (double) s.uzbekDigraphs / s.latin >= 0.003;
        if (uzMarkers || s.words > 0 && (double) s.uzbekWords / s.words >= 0.08) {
            return Language.UZ_LATN;
        }
        if (s.words >= 5 && (double) s.englishWords / s.words >= 0.12) {
            return Language.EN;
        }
        return switch (model(sample)) {
            case "eng" -> Language.EN;
            case "uzb" -> Language.UZ_LATN;
            default -> Language.UNKNOWN;
        };
    }

    /** Kazakh Latin letters, several and at least one letter in 200 (a name with ü in English text is not enough). */
    private static boolean kazakhLatin(ScriptStats s) {
        return s.kazakhLatin >= 3 && s.kazakhLatin * 200 >= s.latin;
    }

    /**
     * The model's most likely language: what {@code LanguageDetectorME.predictLanguage(sample).getLang()} gives, the
     * same n-grams fed to the model in the same order, without the detector's per-call work this needs none of (a
     * count object per n-gram, a language object per outcome, a sort of all 103 outcomes for the first), its n-grams
     * made as {@link ModelContext} makes them.
     */
    static String model(CharSequence sample) {
        String[] context = ModelContext.of(sample);
        float[] values = new float[context.length];
        Arrays.fill(values, 1f);
        MaxentModel maxent = ModelHolder.MODEL.getMaxentModel();
        double[] p = maxent.eval(context, values);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) { // the first of equals, as the detector's stable sort keeps it
                best = k;
            }
        }
        return maxent.getOutcome(best);
    }

    /** Letter and word counts by script and by language-specific letters. */
    private static final class ScriptStats {
        int letters;
        int latin;
        int cyrillic;
        int uzbekOnly;      // ў ҳ
        int uzbekKazakh;    // қ ғ
        int kazakhOnly;     // ә ң ө ұ ү һ і
        int russianOnly;    // щ ы: absent from native Uzbek words
        int kazakhLatin;    // á ǵ ń ó ú ý ı ä ğ ñ ö ū ü ş
        int uzbekDigraphs;  // oʻ gʻ
        int words;
        int englishWords;
        int uzbekWords;

        static ScriptStats of(CharSequence text, int start, int end) {
            ScriptStats s = new ScriptStats();
            // the current word's length and, while it may be a marker word, its first characters: marker words are
            // ASCII letters and apostrophes, looked up without making a String; a word with any other letter
            // (Cyrillic) is counted but neither kept nor looked up
            char[] word = new char[LONGEST_MARKER_WORD];
            int length = 0;
            boolean mayBeMarker = true;
            for (int i = start; i <= end; i++) {
                char c = i < end ? text.charAt(i) : ' ';
                if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                    s.letters++;
                    if (c < 0x80) {
                        s.latin++;
                        if ((c == 'o' || c == 'O' || c == 'g' || c == 'G') && i + 2 < end
                                && Letters.APOSTROPHES.indexOf(text.charAt(i + 1)) >= 0 && Character.isLetter(text.charAt(i + 2))) {
                            s.uzbekDigraphs++;
                        }
                        if (mayBeMarker && length < word.length) {
                            word[length] = (char) (c | 0x20);
                        }
                        length++;
                        continue;
                    }
                    // the letters of the basic Cyrillic block are Cyrillic: the Unicode script table (a binary
                    // search) is consulted only for the rest
                    Character.UnicodeScript script = c >= 0x400 && c <= 0x4FF ? Character.UnicodeScript.CYRILLIC
                            : Character.UnicodeScript.of(c);
                    char l = Character.toLowerCase(c);
                    if (script == Character.UnicodeScript.LATIN) {
                        s.latin++;
                        if (Letters.KAZAKH_LATIN.indexOf(l) >= 0) {
                            s.kazakhLatin++;
                        }
                    } else if (script == Character.UnicodeScript.CYRILLIC) {
                        s.cyrillic++;
                        if (Letters.UZBEK_ONLY.indexOf(l) >= 0) {
                            s.uzbekOnly++;
                        } else if (Letters.UZBEK_KAZAKH.indexOf(l) >= 0) {
                            s.uzbekKazakh++;
                        } else if (Letters.KAZAKH_ONLY.indexOf(l) >= 0) {
                            s.kazakhOnly++;
                        } else if (Letters.RUSSIAN_ONLY.indexOf(l) >= 0) {
                            s.russianOnly++;
                        }
                    }
                    if (mayBeMarker && (l < 0x80 || l == 'ʻ')) {
                        if (length < word.length) {
                            word[length] = l; // ʻ is a letter (Lm) that Uzbek markers hold: boʻyicha
                        }
                    } else {
                        mayBeMarker = false;
                    }
                    length++;
                } else if (length > 0 && Letters.APOSTROPHES.indexOf(c) >= 0) {
                    if (mayBeMarker && length < word.length) {
                        word[length] = c;
                    }
                    length++;
                } else if (length > 0) {
                    s.words++;
                    if (mayBeMarker && length <= LONGEST_MARKER_WORD) { // longer words cannot be markers
                        if (ENGLISH_WORDS.contains(word, 0, length)) {
                            s.englishWords++;
                        } else if (UZBEK_WORDS.contains(word, 0, length)) {
                            s.uzbekWords++;
                        }
                    }
                    length = 0;
                    mayBeMarker = true;
                }
            }
            return s;
        }
    }
}

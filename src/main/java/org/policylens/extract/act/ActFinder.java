package org.policylens.extract.act;

import org.policylens.lang.NumberSigns;
import org.policylens.budget.Budget;
import org.policylens.budget.BudgetExceeded;
import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.Candidate;
import org.policylens.extract.CandidateFinder;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.ActRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds references to numbered legal acts in English, Russian and Uzbek (both scripts), for Uzbekistan,
 * Kazakhstan and the United States, and gives each its canonical id ({@link ActIds}) and, when a quoted
 * title stands next to it in the same sentence, that title as the candidate's subject. Generic mentions
 * without a number are ignored. Works on the matching view; all patterns are bounded (no nested
 * quantifiers), so time is linear in the text length.
 */
public final class ActFinder implements CandidateFinder {
    public static final String NAME = "act";

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NO = Vocabularies.alternatives(Vocabulary::numberSigns);
    private static final Vocabulary RU = Vocabularies.RUSSIAN;
    /** Russian case endings of Указ, Закон, Постановление, Распоряжение, Решение ("указанных" is not one). */
    private static final String RU_CASE = "(?:" + RU.actKindEndings() + ")?(?!\\p{L})";
    private static final String RU_DECREE = RU.actKinds().get("decree");
    private static final String RU_RESOLUTION = RU.actKinds().get("resolution");
    private static final String RU_LAW = RU.actKinds().get("law");
    private static final String RU_DECISION = RU.actKinds().get("decision");
    private static final String RU_KINDS = String.join("|", RU_DECREE, RU_RESOLUTION, RU_LAW,
            RU.actKinds().get("order"), RU_DECISION);
    private static final String RU_PRESIDENT = RU.issuers().get("president");
    private static final String RU_CABINET_OF_MINISTERS = RU.issuers().get("cabinet");
    private static final String RU_GOVERNMENT = RU.issuers().get("government");
    private static final String RU_KAZAKHSTAN = "(?:" + RU.countryTitles().get("kz") + ")";
    private static final String RU_UZBEKISTAN = "(?:" + RU.countryTitles().get("uz") + ")";
    private static final Vocabulary EN = Vocabularies.ENGLISH;
    private static final String EN_DECREE = EN.actKinds().get("decree");
    private static final String EN_RESOLUTION = EN.actKinds().get("resolution");
    /** The kinds of act a type word before an id names (the US series have their own patterns). */
    private static final String EN_KINDS = Stream.of("decree", "resolution", "law", "order", "decision", "regulation")
            .map(EN.actKinds()::get).collect(Collectors.joining("|"));
    private static final String EN_ADJECTIVES = String.join("|", EN.issuerAdjectives().get("president"),
            EN.issuerAdjectives().get("government"), EN.issuerAdjectives().get("cabinet"));
    private static final String EN_PRESIDENT = EN.issuers().get("president");
    private static final String EN_CABINET_OF_MINISTERS = EN.issuers().get("cabinet");
    private static final String EN_GOVERNMENT = EN.issuers().get("government");
    private static final String EN_UZBEKISTAN = "(?:" + EN.countryTitles().get("uz") + ")";
    private static final String EN_KAZAKHSTAN = "(?:" + EN.countryTitles().get("kz") + ")";
    /** "of the" between an act's kind or number and its issuer. */
    private static final String EN_OF_THE = "(?:" + EN.issuerLinks() + ")";
    private static final Pattern EN_DECREE_WORD = Pattern.compile(EN_DECREE, CI);
    private static final String UZ_SUFFIX =
            "(?:\\s?-?\\s?(?iu:" + ActIds.NUMBERED + ")(?:\\s+(?iu:"
                    + Vocabularies.union(Vocabulary::actSuffixTypes) + ")\\p{L}{0,6})?)?";

    /** An Uzbek series id: {@code PF-6079}, {@code ПҚ-282-сон Қарори}, {@code O'RQ-683-sonli Qonuni}. */
    private static final Pattern UZ_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}'])(" + ActIds.UZ_PREFIX_REGEX + ")(?:\\s?[-–—]\\s?|(?=\\d{2}))(\\d{1,5})(?![\\d])(?![.,]\\d)"
                    + UZ_SUFFIX);

    private static final String[] UZ_ID_TRIGGERS = ActIds.UZ_PREFIX_REGEX.split("\\|");

    /** Type words that may stand right before an id or "No." and belong to the mention. */
    private static final Pattern LEFT_TYPE = Pattern.compile(
            "(?<!\\p{L})(?:(?:(?:" + EN_ADJECTIVES + ")\\s+)?"
                    + "(?:" + EN_KINDS + ")"
                    + "(?:\\s+" + EN_OF_THE + "\\s+(?:" + EN_PRESIDENT + "|" + EN_CABINET_OF_MINISTERS + ")"
                    + "(?:\\s+" + EN_UZBEKISTAN + ")?)?"
                    + "|(?:" + RU_KINDS + ")" + RU_CASE
                    + "(?:\\s+(?:" + RU_PRESIDENT + "|" + RU_CABINET_OF_MINISTERS + "))?(?:\\s+" + RU_UZBEKISTAN + ")?)?"
                    + "\\s*(?:(?<!\\p{L})" + NO + "\\s*)?$", CI);

    private static final Pattern EN_CABINET_AFTER = Pattern.compile(
            "(?<!\\p{L})" + EN_RESOLUTION + "\\s+" + NO + "\\s*(\\d{1,5})(?![\\d\\-])\\s+" + EN_OF_THE + "\\s+"
                    + EN_CABINET_OF_MINISTERS + "(?:\\s+" + EN_UZBEKISTAN + ")?", CI);
    private static final Pattern EN_CABINET_BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:" + EN_RESOLUTION + "\\s+" + EN_OF_THE + "\\s+)?" + EN_CABINET_OF_MINISTERS
                    + "(?:\\s+" + EN_UZBEKISTAN + ")?(?:\\s+" + EN_RESOLUTION + ")?\\s+" + NO
                    + "\\s*(\\d{1,5})(?![\\d\\-])", CI);
    /** "Resolution No. 17" alone: a Cabinet resolution when its sentence names the Cabinet of Ministers. */
    private static final Pattern EN_RESOLUTION_NO = Pattern.compile(
            "(?<!\\p{L})" + EN_RESOLUTION + "\\s+" + NO + "\\s*(\\d{1,5})(?![\\d\\-])", CI);
    private static final Pattern EN_CABINET_WORDS = Pattern.compile(EN_CABINET_OF_MINISTERS, CI);
    private static final Pattern EN_KZ_GOVERNMENT_WORDS = Pattern.compile(EN_GOVERNMENT + "\\s+" + EN_KAZAKHSTAN, CI);

    private static final String GAP = "[^;№«»\"“”()\\n]{0,150}?";
    private static final String UZ_CABINET_OF_MINISTERS = uzbek(v -> v.issuers().getOrDefault("cabinet", ""));
    private static final String UZ_RESOLUTION = uzbek(v -> v.actKinds().getOrDefault("resolution", ""));
    private static final String UZ_LAW = uzbek(v -> v.actKinds().getOrDefault("law", ""));
    private static final Pattern RU_CABINET = Pattern.compile(
            "(?<!\\p{L})(?:(?:" + RU_RESOLUTION + "|" + RU_DECISION + ")" + RU_CASE + "\\s+)?" + RU_CABINET_OF_MINISTERS
                    + "(" + GAP + ")"
                    + NO + "\\s*(\\d{1,5})(?![\\d\\-])", CI);
    private static final Pattern UZ_CABINET = Pattern.compile(
            "(?<!\\p{L})" + UZ_CABINET_OF_MINISTERS + "\\p{L}{0,5}(?!\\p{L})([^;\\n]{0,250}?)"
                    + "(?<![\\p{L}\\p{N}])(\\d{1,5})\\s?-?\\s?(?:" + ActIds.NUMBERED + ")\\s+" + UZ_RESOLUTION
                    + "\\p{L}{0,5}(?!\\p{L})", CI);
    private static final Pattern KZ_GOVERNMENT = Pattern.compile(
            "(?<!\\p{L})(?:" + RU_RESOLUTION + RU_CASE + "\\s+)?" + RU_GOVERNMENT + "\\s+" + RU_KAZAKHSTAN + "(" + GAP + ")"
                    + NO + "\\s*(\\d{1,6})(?![\\d\\-])", CI);
    /** English for a Kazakh government resolution: "Government resolution No. 827", "Resolution No. 827 of the Government of Kazakhstan". */
    private static final Pattern EN_KZ_GOVERNMENT = Pattern.compile(
            "(?<!\\p{L})(?:" + EN_GOVERNMENT + "\\s+(?:" + EN_KAZAKHSTAN + "\\s+)?" + EN_RESOLUTION + "\\s+" + NO
                    + "\\s*(\\d{1,6})|" + EN_RESOLUTION + "\\s+" + NO + "\\s*(\\d{1,6})\\s+" + EN_OF_THE + "\\s+" + EN_GOVERNMENT
                    + "\\s+" + EN_KAZAKHSTAN + ")(?![\\d\\-])", CI);
    private static final Pattern KZ_UKAZ = Pattern.compile(
            "(?<!\\p{L})" + RU_DECREE + RU_CASE + "(?:\\s+" + RU_PRESIDENT + "\\s+" + RU_KAZAKHSTAN + ")?(" + GAP + ")"
                    + NO + "\\s*(\\d{1,6})(?![\\d\\-])", CI);
    private static final Pattern KZ_LAW = Pattern.compile(
            "(?<!\\p{L})" + RU_LAW + RU_CASE + "(?:\\s+" + RU_KAZAKHSTAN + ")?(" + GAP + ")"
                    + NO + "\\s*(\\d{1,6})(?![\\d\\-])", CI);
    private static final Pattern KAZAKH_WORDS = Pattern.compile(
            Vocabularies.union(v -> v.countryNames().getOrDefault("kz", "")), CI);
    private static final Pattern UZBEK_WORDS = Pattern.compile(
            Vocabularies.union(v -> v.countryNames().getOrDefault("uz", "")), CI);

    /**
     * An Uzbek presidential act named in English by its number alone: {@code Presidential Decree No. 357} is
     * {@code PF-357}, {@code Resolution of the President No. 4699} is {@code PQ-4699} (the contract maps the type as
     * written). Only where the text is about Uzbekistan: elsewhere a president's decree is another series.
     */
    private static final Pattern EN_UZ_PRESIDENTIAL = Pattern.compile(
            "(?<!\\p{L})(?:(?:" + EN.issuerAdjectives().get("president") + ")\\s+(" + EN_DECREE + "|" + EN_RESOLUTION + ")|("
                    + EN_DECREE + "|" + EN_RESOLUTION + ")\\s+" + EN_OF_THE + "\\s+" + EN_PRESIDENT + "(?:\\s+" + EN_UZBEKISTAN + ")?)\\s+"
                    + NO + "\\s*(\\d{1,5})(?![\\d\\-])",
            CI);

    private static final Pattern US_EO = Pattern.compile(
            "(?<![\\p{L}.])(?:" + EN.actKinds().get("executiveOrder") + ")\\s*(?:" + NO + "\\s*)?(\\d{4,5})(?![\\d\\-])", CI);
    private static final Pattern US_PL = Pattern.compile(
            "(?<!\\p{L})(?:" + EN.actKinds().get("publicLaw") + ")\\s*(?:" + NO + ":?\\s*)?(\\d{1,3})\\s?[-–—]\\s{0,2}(\\d{1,4})"
                    + "(?![\\d])", CI);
    /** Laws of Uzbekistan before 2017 keep their convocation: {@code 279-I-sonli Qonuni} → {@code ORQ-279-I}. */
    private static final Pattern UZ_OLD_LAW = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-])(\\d{1,5})\\s?-\\s?(I{1,3}|IV|VI{0,3}|IX|XI{0,3})\\s?-\\s?"
                    + "(?:" + ActIds.NUMBERED + ")\\s+" + UZ_LAW + "\\p{L}{0,6}", CI);
    private static final Pattern RU_UZ_OLD_LAW = Pattern.compile(
            "(?<!\\p{L})" + RU_LAW + RU_CASE + "\\s+" + RU_UZBEKISTAN + "(" + GAP + ")" + NO
                    + "\\s*(\\d{1,5}-(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}))(?![\\p{L}\\d])", CI);

    /** Act types written after their number ({@code № 269 қаулысы}), one pattern per type, from the vocabularies. */
    private final List<Map.Entry<String, Pattern>> typeAfterNumber;

    /** A finder for every language policylens reads. */
    public ActFinder() {
        this(Vocabularies.ALL);
    }

    /**
     * A finder whose act types written after their number come from {@code vocabularies} alone (the other forms
     * are compiled once from all vocabularies).
     */
    public ActFinder(List<Vocabulary> vocabularies) {
        typeAfterNumber = vocabularies.stream()
                .flatMap(v -> v.actTypes().stream())
                .map(t -> Map.entry(t.series(), Pattern.compile("(?:" + NumberSigns.SIGN_OR_N + ")\\s*+(\\d{1,6})(?![\\d\\-])\\s++(?:"
                        + t.type() + ")(?!\\p{L})", CI)))
                .toList();
    }

    private static final String[] NUMBER_SIGNS = {String.valueOf(NumberSigns.SIGN), String.valueOf(NumberSigns.LATIN_N)};
    /** The lowercase first word of the English Cabinet of Ministers: a sentence without it names no cabinet. */
    private static final String CABINET_WORD = firstWords(EN_CABINET_OF_MINISTERS)[0];

    // the first words each pattern is tried at (see Triggers), all found in one pass over a text
    private static final String[] RESOLUTION = firstWords(EN_RESOLUTION);
    private static final String[] RESOLUTION_OR_CABINET = firstWords(EN_RESOLUTION, EN_CABINET_OF_MINISTERS);
    private static final String[] RU_CABINET_WORDS = firstWords(RU_RESOLUTION, RU_DECISION, RU_CABINET_OF_MINISTERS);
    private static final String[] UZ_CABINET_WORDS = firstWords(UZ_CABINET_OF_MINISTERS);
    private static final String[] KZ_GOVERNMENT_WORDS = firstWords(RU_RESOLUTION, RU_GOVERNMENT);
    private static final String[] EN_KZ_GOVERNMENT_FIRST = firstWords(EN_GOVERNMENT, EN_RESOLUTION);
    private static final String[] DECREE_WORDS = firstWords(RU_DECREE);
    private static final String[] LAW_WORDS = firstWords(RU_LAW);
    private static final String[] PRESIDENTIAL_WORDS = firstWords(EN.issuerAdjectives().get("president"), EN_DECREE,
            EN_RESOLUTION);
    private static final String[] EO_WORDS = firstWords(EN.actKinds().get("executiveOrder"));
    private static final String[] PL_WORDS = firstWords(EN.actKinds().get("publicLaw"));
    private static final String[] CONVOCATIONS = {"-i", "-v", "-x"};
    private static final Triggers.Keywords KEYWORDS = new Triggers.Keywords()
            .add(UZ_ID_TRIGGERS, false).add(NUMBER_SIGNS, false)
            .add(RESOLUTION, true).add(RESOLUTION_OR_CABINET, true).add(RU_CABINET_WORDS, true)
            .add(UZ_CABINET_WORDS, true).add(KZ_GOVERNMENT_WORDS, true).add(EN_KZ_GOVERNMENT_FIRST, true)
            .add(DECREE_WORDS, true).add(LAW_WORDS, true).add(PRESIDENTIAL_WORDS, true).add(EO_WORDS, true)
            .add(PL_WORDS, true).add(CONVOCATIONS, true);

    @Override
    public List<Candidate> find(AnnotatedText text) {
        try {
            return findAll(text);
        } catch (BudgetExceeded e) {
            throw e; // out of time is the file's outcome, not a finder bug
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // a finder never breaks the pipeline; a bug shows up as missing facts in tests
        }
    }

    private List<Candidate> findAll(AnnotatedText text) {
        String v = text.view();
        Triggers triggers = new Triggers(v, KEYWORDS);
        List<Candidate> found = new ArrayList<>();
        Context context = new Context(v);

        for (MatchResult m : triggers.matches(UZ_ID, 60, UZ_ID_TRIGGERS, false, false)) {
            Optional<String> id = ActIds.uzbek(m.group(1), m.group(2));
            if (id.isPresent()) {
                add(text, found, extendLeft(v, m.start()), m.end(), id.get());
            }
        }
        numbered(text, found, triggers.matches(EN_CABINET_AFTER, 200, RESOLUTION, true, false),
                mm -> "VMQ-" + ActIds.number(mm.group(1)));
        numbered(text, found, triggers.matches(EN_CABINET_BEFORE, 200, RESOLUTION_OR_CABINET, true, false),
                mm -> "VMQ-" + ActIds.number(mm.group(1)));
        Span checked = null;
        boolean cabinetSentence = false;
        for (MatchResult m : triggers.matches(EN_RESOLUTION_NO, 60, RESOLUTION, true, false)) {
            Span sentence = text.sentenceAt(m.start());
            if (!sentence.equals(checked)) { // one scan per sentence, however many resolutions it names
                checked = sentence;
                cabinetSentence = triggers.lower().substring(sentence.start(), sentence.end()).contains(CABINET_WORD)
                        && EN_CABINET_WORDS.matcher(v).region(sentence.start(), sentence.end()).find();
            }
            if (cabinetSentence || earlierOnLine(EN_CABINET_WORDS, v, m.start())) {
                add(text, found, extendLeft(v, m.start()), m.end(), "VMQ-" + ActIds.number(m.group(1)));
            } else if (earlierOnLine(EN_KZ_GOVERNMENT_WORDS, v, m.start())) {
                // a reference entry: "Government of the Republic of Kazakhstan. Resolution No. 827 of …"
                add(text, found, m.start(), m.end(), "KZ-PP-" + ActIds.number(m.group(1)));
            }
        }
        gapped(text, found, triggers.matches(RU_CABINET, 260, RU_CABINET_WORDS, true, false), 2, "VMQ-",
                mm -> true);
        gapped(text, found, triggers.matches(UZ_CABINET, 420, UZ_CABINET_WORDS, true, false), 2,
                "VMQ-", mm -> true);
        gapped(text, found, triggers.matches(KZ_GOVERNMENT, 260, KZ_GOVERNMENT_WORDS, true, false), 2,
                "KZ-PP-", mm -> true);
        for (MatchResult m : triggers.matches(EN_KZ_GOVERNMENT, 140, EN_KZ_GOVERNMENT_FIRST, true, false)) {
            boolean namesKazakhstan = m.group(2) != null || KAZAKH_WORDS.matcher(m.group()).find();
            if (namesKazakhstan || context.kazakh(text, m.start())) {
                add(text, found, m.start(), m.end(), "KZ-PP-" + ActIds.number(m.group(1) != null ? m.group(1) : m.group(2)));
            }
        }
        gapped(text, found, triggers.matches(KZ_UKAZ, 300, DECREE_WORDS, true, false), 2, "KZ-UKAZ-",
                mm -> context.kazakh(text, mm.start()));
        gapped(text, found, triggers.matches(KZ_LAW, 260, LAW_WORDS, true, false), 2, "KZ-LAW-",
                mm -> context.kazakh(text, mm.start()));
        for (MatchResult m : triggers.matches(EN_UZ_PRESIDENTIAL, 160, PRESIDENTIAL_WORDS, true, false)) {
            String type = m.group(1) != null ? m.group(1) : m.group(2);
            if (context.uzbek(text, m.start())) {
                add(text, found, m.start(), m.end(), (EN_DECREE_WORD.matcher(type).matches() ? "PF-" : "PQ-") + ActIds.number(m.group(3)));
            }
        }
        numbered(text, found, triggers.matches(US_EO, 60, EO_WORDS, true, false),
                mm -> "EO-" + ActIds.number(mm.group(1)));
        numbered(text, found, triggers.matches(US_PL, 60, PL_WORDS, true, false),
                mm -> "PL-" + ActIds.number(mm.group(1)) + "-" + ActIds.number(mm.group(2)));
        numbered(text, found, triggers.matches(UZ_OLD_LAW, 60, CONVOCATIONS, true, true),
                mm -> "ORQ-" + ActIds.number(mm.group(1)) + "-" + mm.group(2));
        gapped(text, found, triggers.matches(RU_UZ_OLD_LAW, 300, LAW_WORDS, true, false), 2, "ORQ-",
                mm -> true);
        for (Map.Entry<String, Pattern> type : typeAfterNumber) {
            numbered(text, found, triggers.matches(type.getValue(), 60, NUMBER_SIGNS, false, false),
                    mm -> type.getKey() + ActIds.number(mm.group(1)));
        }
        return resolveOverlaps(found);
    }

    private void numbered(AnnotatedText text, List<Candidate> found, List<MatchResult> matches,
                          Function<MatchResult, String> id) {
        for (MatchResult m : matches) {
            add(text, found, m.start(), m.end(), id.apply(m));
        }
    }

    /**
     * Patterns with an issuer, a gap (group 1: country, date, title) and a number. The mention covers the
     * whole phrase when the gap holds only the country, else just the number sign and number (the date in
     * the gap is not part of the mention; the date linker attaches it).
     */
    private void gapped(AnnotatedText text, List<Candidate> found, List<MatchResult> matches, int numberGroup,
                        String series, Predicate<MatchResult> accept) {
        String v = text.view();
        for (MatchResult m : matches) {
            if (!accept.test(m)) {
                continue;
            }
            String gap = m.group(1).strip();
            if (PART_BEFORE_NUMBER.matcher(gap).find()) {
                continue;   // "Регламент Кабинета Министров согласно приложению №1": the appendix's number
            }
            int start = m.start();
            if (!gap.isEmpty() && !COUNTRY_ONLY.matcher(gap).matches()) {
                start = numberStart(v, m.start(numberGroup), m.start(1) + m.group(1).length());
            }
            String n = ActIds.number(m.group(numberGroup));
            if (!n.equals("0")) {
                add(text, found, start, m.end(), series + n);
            }
        }
    }

    /** A part of an act (appendix, item, article, chapter) named right before a number sign: the number is the part's. */
    private static final Pattern PART_BEFORE_NUMBER = Pattern.compile(
            "(?<!\\p{L})(?:" + Vocabularies.union(Vocabulary::actParts) + ")\\p{L}*+\\s*+$", CI);

    /** A gap naming only the issuer's country: the mention then covers the whole phrase. */
    private static final Pattern COUNTRY_ONLY = Pattern.compile(
            Vocabularies.alternatives(v -> String.join("|", new java.util.TreeMap<>(v.countryTitles()).values())) + "?", CI);

    /** The Uzbek words of a vocabulary field, both scripts, as one group. */
    private static String uzbek(Function<Vocabulary, String> field) {
        return Vocabularies.alternatives(Vocabularies.UZBEK, field);
    }

    /**
     * The lowercase first words of the alternatives of vocabulary regexes ({@code Кабинета\\s+Министров} →
     * {@code кабинета}, {@code Pub\\.\\s?L\\.} → {@code pub.}): where a match of a pattern opening with them can start.
     */
    private static String[] firstWords(String... regexes) {
        return java.util.Arrays.stream(regexes)
                .flatMap(r -> java.util.Arrays.stream(r.replaceAll("^\\(\\?:|\\)$", "").split("\\|")))
                .map(alternative -> alternative.replaceAll("(?U)^((?:\\w|\\\\\\.)+).*$", "$1").replace("\\.", ".")
                        .toLowerCase(Locale.ROOT))
                .distinct().toArray(String[]::new);
    }

    /** Start of "№ 17" / "617-son qarori": back from the number over the number sign, not past {@code floor}. */
    private static int numberStart(String v, int numberStart, int floor) {
        int i = numberStart;
        while (i > floor && Character.isWhitespace(v.charAt(i - 1))) {
            i--;
        }
        if (i > floor && (NumberSigns.isSignOrN(v.charAt(i - 1)) || v.charAt(i - 1) == NumberSigns.HASH)) {
            return i - 1;
        }
        if (i - 3 >= floor && v.regionMatches(true, i - 3, NumberSigns.ABBREVIATION + ".", 0, 3)) {
            return i - 3;
        }
        if (i - 2 >= floor && v.regionMatches(true, i - 2, NumberSigns.ABBREVIATION, 0, 2)) {
            return i - 2;
        }
        return numberStart;
    }

    /**
     * Whether "Cabinet of Ministers" stands earlier on the same line (a reference list entry:
     * "Cabinet of Ministers of the Republic of Uzbekistan. January 10, 2019. On Measures …, Resolution No. 17.").
     */
    /** True when {@code words} occur on the same line before {@code at} (an issuer named before its act). */
    private static boolean earlierOnLine(Pattern words, String v, int at) {
        int from = at;
        while (from > 0 && at - from < 600 && v.charAt(from - 1) != '\n') {
            from--;
        }
        return words.matcher(v).region(from, at).find();
    }

    /** Extends a mention start left over an adjacent type phrase and number sign ("Presidential Decree No."). */
    private static int extendLeft(String v, int start) {
        int from = Math.max(0, start - 120);
        Matcher m = LEFT_TYPE.matcher(v).region(from, start);
        m.useTransparentBounds(true).useAnchoringBounds(true);
        int best = start;
        if (m.find()) {
            best = m.start();
        }
        while (best < start && Character.isWhitespace(v.charAt(best))) {
            best++;
        }
        return best;
    }

    private void add(AnnotatedText text, List<Candidate> found, int start, int end, String id) {
        Budget.check();
        String v = text.view();
        while (end > start && (Character.isWhitespace(v.charAt(end - 1)))) {
            end--;
        }
        Span span = new Span(start, end);
        Span sentence = text.sentenceAt(start);
        String title = ActTitles.near(v, text.text(), sentence, span);
        found.add(new Candidate(span, new ActRef(id), Qualifier.EXACT, Optional.empty(), title, NAME));
    }

    /** Earliest start wins; on a tie the longer mention; a mention inside or across a kept one is dropped. */
    private static List<Candidate> resolveOverlaps(List<Candidate> found) {
        found.sort(Comparator.comparing(Candidate::span));
        List<Candidate> out = new ArrayList<>(found.size());
        int lastEnd = -1;
        for (Candidate c : found) {
            if (c.span().start() >= lastEnd) {
                out.add(c);
                lastEnd = c.span().end();
            }
        }
        return out;
    }

    /** Whether a bare-number Указ/Закон is Kazakh: by its sentence, else by the whole document. */
    private static final class Context {
        private final String view;
        private Boolean documentKazakh;

        Context(String view) {
            this.view = view;
        }

        private Span lastSentence;
        private Boolean lastAnswer;

        boolean kazakh(AnnotatedText text, int at) {
            Span s = text.sentenceAt(at);
            if (s.equals(lastSentence)) {
                return lastAnswer;
            }
            lastSentence = s;
            lastAnswer = decide(s);
            return lastAnswer;
        }

        /** Whether the sentence at {@code at} names Uzbekistan and not Kazakhstan, or else the document does more. */
        boolean uzbek(AnnotatedText text, int at) {
            Span s = text.sentenceAt(at);
            boolean kz = KAZAKH_WORDS.matcher(view).region(s.start(), s.end()).find();
            boolean uz = UZBEK_WORDS.matcher(view).region(s.start(), s.end()).find();
            if (kz != uz) {
                return uz;
            }
            return count(UZBEK_WORDS) > count(KAZAKH_WORDS);
        }

        private boolean decide(Span s) {
            boolean kz = KAZAKH_WORDS.matcher(view).region(s.start(), s.end()).find();
            boolean uz = UZBEK_WORDS.matcher(view).region(s.start(), s.end()).find();
            if (kz != uz) {
                return kz;
            }
            if (documentKazakh == null) {
                documentKazakh = count(KAZAKH_WORDS) > count(UZBEK_WORDS);
            }
            return documentKazakh;
        }

        private int count(Pattern p) {
            Matcher m = p.matcher(view);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
    }
}

package org.policylens.ingest;

import org.policylens.annotate.MatchingView;
import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Guesses what kind of document a text is from the cue words it names itself with, in every language whose
 * vocabulary has them ({@link Vocabulary.DocumentCues}). Scientific articles are recognised by their apparatus (abstract,
 * keywords, references); otherwise the earliest cue in the title, then in the head of the text, wins.
 */
public final class DocumentTypeClassifier {
    public static final String DECREE = "decree";
    public static final String RESOLUTION = "resolution";
    public static final String LAW = "law";
    public static final String ARTICLE = "article";
    public static final String REPORT = "report";
    public static final String OTHER = "other";
    /** Every type {@link #classify} returns. */
    public static final List<String> TYPES = List.of(DECREE, RESOLUTION, LAW, ARTICLE, REPORT, OTHER);

    private static final int HEAD_CHARS = 2000;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** How every cue begins, case-folded (see {@link Vocabulary.DocumentCues#starts}). */
    private static final String[] CUE_STARTS = cues(c -> c.starts().stream()).toArray(String[]::new);
    /** Every first letter of a cue, lowercase (the patterns match either case). */
    private static final String CUE_INITIALS = Arrays.stream(CUE_STARTS).map(c -> c.substring(0, 1)).distinct()
            .collect(Collectors.joining());
    /** Cue types in the order of the alternatives of {@link #CUES}: at one position, the first listed wins. */
    private static final String[] CUE_TYPES = {DECREE, RESOLUTION, LAW, LAW, REPORT, LAW};
    /**
     * Every cue as one alternation, one capturing group per cue, so one scan finds the earliest cue (a regex
     * tries alternatives in order at each position, which is the tie rule: the first listed cue wins).
     */
    private static final Pattern CUES = Pattern.compile(
            // a cheap look at the first character skips most positions before the six alternatives are tried;
            // it admits every first letter of a cue (either case), digits and what may precede a numbered article
            "(?=(?iu:[" + CUE_INITIALS + "])|[\\s#*>\\d])(?:"
            + "(?iu:(" + type(DECREE) + "))"
            + "|(?iu:(" + type(RESOLUTION) + "))"
            + "|(?iu:(" + type(LAW) + "))"
            + "|(\\b" + union(Vocabulary.DocumentCues::casedLaw) + "\\b)"
            + "|(?iu:(" + type(REPORT) + "))"
            // numbered articles are how laws and codes are built
            + "|(?m:(^[\\s#*>]*" + union(Vocabulary.DocumentCues::articleHeadings) + "\\s+\\d+\\.|^\\d+-"
            + union(Vocabulary.DocumentCues::articleSuffixes) + "\\.)))");
    /** Footnotes name other acts (repealed by a decree, amended by a law) and must not decide the type. */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "^[\\s#*>]*" + union(Vocabulary.DocumentCues::footnotes) + "\\b.*$", Pattern.MULTILINE);
    private static final Pattern ABSTRACT = Pattern.compile(
            "\\b" + union(Vocabulary.DocumentCues::abstracts) + "\\b", CI);
    private static final Pattern KEYWORDS = Pattern.compile(
            "\\b" + union(Vocabulary.DocumentCues::keywords) + "\\b", CI);
    private static final Pattern REFERENCES = Pattern.compile(
            "^\\s*" + union(Vocabulary.DocumentCues::references) + "\\s*:?\\s*$", CI | Pattern.MULTILINE);

    /*
     * A word each match of the pattern above contains, case-folded: a plain substring search rules most texts
     * out before the case-insensitive regex runs (it was the costliest step of ingesting a short document).
     */
    private static final String[] ABSTRACT_WORDS = cues(c -> c.abstractWords().stream()).toArray(String[]::new);
    private static final String[] KEYWORDS_WORDS = cues(c -> c.keywordWords().stream()).toArray(String[]::new);
    private static final String[] REFERENCES_WORDS = cues(c -> c.referenceWords().stream()).toArray(String[]::new);

    private static Stream<String> cues(Function<Vocabulary.DocumentCues, Stream<String>> field) {
        return Vocabularies.ALL.stream().flatMap(v -> field.apply(v.documentCues())).distinct();
    }

    /** The cues of {@code type} in every language, as one group. */
    private static String type(String type) {
        return Vocabularies.union(v -> v.documentCues().types().getOrDefault(type, ""));
    }

    private static String union(Function<Vocabulary.DocumentCues, String> field) {
        return Vocabularies.alternatives(v -> field.apply(v.documentCues()));
    }

    /** One of {@link #DECREE}, {@link #RESOLUTION}, {@link #LAW}, {@link #ARTICLE}, {@link #REPORT}, {@link #OTHER}. */
    public String classify(String title, String text) {
        String head = FOOTNOTE.matcher(text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text)
                .replaceAll("");
        String foldedHead = MatchingView.foldCase(head);
        int apparatus = (found(ABSTRACT, head, foldedHead, ABSTRACT_WORDS) ? 1 : 0)
                + (found(KEYWORDS, head, foldedHead, KEYWORDS_WORDS) ? 1 : 0);
        // references alone do not make an article: the whole text is searched only when the head has a part
        if (apparatus == 1 && found(REFERENCES, text, MatchingView.foldCase(text), REFERENCES_WORDS) || apparatus == 2) {
            return ARTICLE;
        }
        String t = title == null ? "" : title;
        String byTitle = earliest(t, MatchingView.foldCase(t));
        if (byTitle != null) {
            return byTitle;
        }
        String byHead = earliest(head, foldedHead);
        return byHead != null ? byHead : OTHER;
    }

    private static String earliest(String s, String folded) {
        Matcher m = firstMatch(CUES, s, i -> mayStartCue(s, folded, i));
        if (m == null) {
            return null;
        }
        for (int g = 1; g <= CUE_TYPES.length; g++) {
            if (m.start(g) >= 0) {
                return CUE_TYPES[g - 1];
            }
        }
        return null;
    }

    private static boolean found(Pattern pattern, String text, String folded, String[] words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return firstMatch(pattern, text, i -> true) != null;
            }
        }
        return false;
    }

    /**
     * The first match of a pattern whose matches can only begin at the start of a word or of a line (every
     * pattern here), trying only those positions: the same match {@code find()} returns, since a match
     * attempt at any other position fails, but without running the case-insensitive alternatives at every
     * character. Bounds are transparent, so {@code \\b} and {@code ^} still see the text before the region.
     */
    static Matcher firstMatch(Pattern pattern, String s, IntPredicate mayStartAt) {
        Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int length = s.length();
        for (int i = 0; i < length; i++) {
            if (mayStartMatch(s, i) && mayStartAt.test(i)) {
                m.region(i, length);
                if (m.lookingAt()) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * Whether a cue may start at {@code i}: at a letter, the text must begin one of {@link #CUE_STARTS} there
     * ({@code folded} is {@code s} case-folded as the regex folds it); elsewhere, what the look-ahead at the head of
     * {@link #CUES} admits.
     */
    private static boolean mayStartCue(String s, String folded, int i) {
        char c = s.charAt(i);
        if (!Character.isLetter(c)) {
            // the non-letters the look-ahead at the head of CUES admits
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '#'
                    || c == '*' || c == '>' || c >= '0' && c <= '9';
        }
        for (String start : CUE_STARTS) {
            if (folded.startsWith(start, i)) {
                return true;
            }
        }
        return false;
    }

    /** A superset of the positions where {@code \\b} before a letter, a digit or {@code ^} (multiline) can hold. */
    private static boolean mayStartMatch(String s, int i) {
        if (i == 0) {
            return true;
        }
        char previous = s.charAt(i - 1);
        if (previous == '\n' || previous == '\r' || previous == '\u0085' || previous == '\u2028' || previous == '\u2029') {
            return true;
        }
        return Character.isLetterOrDigit(s.charAt(i)) && !Character.isLetterOrDigit(previous);
    }
}

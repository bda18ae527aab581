package org.policylens.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses what kind of document a text is from the cue words it names itself with, in English,
 * Russian and Uzbek (both scripts). Scientific articles are recognised by their apparatus (abstract,
 * keywords, references); otherwise the earliest cue in the title, then in the head of the text, wins.
 */
public final class DocumentTypeClassifier {
    public static final String DECREE = "decree";
    public static final String RESOLUTION = "resolution";
    public static final String LAW = "law";
    public static final String ARTICLE = "article";
    public static final String REPORT = "report";
    public static final String OTHER = "other";

    private static final int HEAD_CHARS = 2000;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Cue(String type, Pattern pattern) {
    }

    private static final List<Cue> CUES = List.of(
            new Cue(DECREE, Pattern.compile("\\bExecutive\\s+Order\\b|\\bDecree\\b|\\bУказ|\\bFarmon|\\bФармон", CI)),
            new Cue(RESOLUTION, Pattern.compile(
                    "\\bResolution\\b|\\bПостановлени|\\bqarori?\\b|\\bқарори?\\b|\\bРешени[ея]\\b", CI)),
            new Cue(LAW, Pattern.compile("\\bPublic\\s+Law\\b|\\bЗакон(?:а|ом)?\\b|\\bQonun|\\bҚонун|\\bКодекс|\\bKodeks", CI)),
            new Cue(LAW, Pattern.compile("\\b(?:Law|LAW|An Act|AN ACT|A BILL|Act of)\\b")),
            new Cue(REPORT, Pattern.compile("\\bReport\\b|\\bДоклад|\\bОтч[её]т|\\bHisobot", CI)),
            // numbered articles are how laws and codes are built
            new Cue(LAW, Pattern.compile("^[\\s#*>]*(?:Статья|Article|Modda|Модда)\\s+\\d+\\.|^\\d+-(?:modda|модда)\\.",
                    Pattern.MULTILINE)));
    /** Footnotes name other acts (repealed by a decree, amended by a law) and must not decide the type. */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "^[\\s#*>]*(?:Сноска|Footnote|Izoh|Изоҳ|Примечание)\\b.*$", Pattern.MULTILINE);
    private static final Pattern ABSTRACT = Pattern.compile(
            "\\b(?:Abstract|Аннотация|Annotatsiya|Аннотация|Резюме)\\b", CI);
    private static final Pattern KEYWORDS = Pattern.compile(
            "\\b(?:Key\\s?words|Ключевые\\s+слова|Kalit\\s+so.zlar|Калит\\s+сўзлар)\\b", CI);
    private static final Pattern REFERENCES = Pattern.compile(
            "^\\s*(?:References|Bibliography|Список\\s+литературы|Литература|Adabiyotlar(?:\\s+roʻyxati)?)\\s*:?\\s*$",
            CI | Pattern.MULTILINE);

    /** One of {@link #DECREE}, {@link #RESOLUTION}, {@link #LAW}, {@link #ARTICLE}, {@link #REPORT}, {@link #OTHER}. */
    public String classify(String title, String text) {
        String head = FOOTNOTE.matcher(text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text)
                .replaceAll("");
        int apparatus = (ABSTRACT.matcher(head).find() ? 1 : 0) + (KEYWORDS.matcher(head).find() ? 1 : 0)
                + (REFERENCES.matcher(text).find() ? 1 : 0);
        if (apparatus >= 2) {
            return ARTICLE;
        }
        String byTitle = earliest(title == null ? "" : title);
        if (byTitle != null) {
            return byTitle;
        }
        String byHead = earliest(head);
        return byHead != null ? byHead : OTHER;
    }

    private static String earliest(String s) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(s);
            if (m.find() && m.start() < bestAt) {
                bestAt = m.start();
                best = cue.type();
            }
        }
        return best;
    }
}

package org.policylens.lang;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Language words live in {@code org.policylens.lang} and nowhere else: no string or char literal of the main sources
 * outside that package holds a Cyrillic letter (written as such or as a {@code \}{@code u} escape) or one of a few
 * known language words (month names, year words, scale, percent and currency words). Comments may quote any
 * language. A finding names the file and line.
 */
class LanguageWordsStayInLangTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final String LANG = "org/policylens/lang/";
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** Known language words of the Latin-script languages, whole words, any case. */
    private static final Pattern DENIED_WORDS = Pattern.compile("(?<![\\p{L}])(?:"
            + "january|february|march|april|june|july|august|september|october|november|december"
            + "|yanvar|fevral|aprel|iyun|iyul|avgust|sentyabr|sentabr|oktyabr|oktabr|noyabr|dekabr"
            + "|qantar|aqpan|nauryz|mamyr|maýsym|tamyz|jeltoqsan"
            + "|yil|yili|yilda|yilgacha|jyl|jyly|jylǵy"
            + "|thousand|million|millions|billion|billions|trillion|mln|mlrd|milliard|ming|trln"
            + "|foiz|pajyz|paiyz|tenge|teńge|so['ʻ‘’]?m|dollars?"
            + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Files outside lang that keep language words in literals, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "org/policylens/bench/BenchQueries.java",
            "the benchmark's search queries over the real corpus are test inputs, not knowledge a finder uses",
            "org/policylens/bench/WinAnsiText.java",
            "the bench's PDF generator spells its generated Cyrillic corpus in WinAnsi; its own table keeps the "
                    + "generated corpus, and so the bench's baselines, as they were",
            "org/policylens/cli/SearchCommand.java",
            "help text: the --act option shows a Cyrillic act id (УП-6079) it matches");

    @Test
    void noLanguageWordsInLiteralsOutsideLang() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(LANG) || ALLOWED.containsKey(relative)) {
                    continue;
                }
                for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (CYRILLIC.matcher(literal.text()).find() || DENIED_WORDS.matcher(literal.text()).find()) {
                        findings.add(relative + ":" + literal.line() + ": " + literal.text());
                    }
                }
            }
        }
        assertEquals(List.of(), findings, "language words belong in org.policylens.lang vocabularies");
    }

    @Test
    void allowedFilesExistAndStillNeedIt() throws IOException {
        for (String relative : ALLOWED.keySet()) {
            Path file = MAIN.resolve(relative);
            assertTrue(Files.exists(file), relative);
            assertTrue(literals(Files.readString(file, StandardCharsets.UTF_8)).stream().anyMatch(
                    l -> CYRILLIC.matcher(l.text()).find() || DENIED_WORDS.matcher(l.text()).find()),
                    relative + " no longer needs its exception");
        }
    }

    @Test
    void theScanFindsLiteralsNotComments() {
        String source = """
                // "январь" in a comment
                /* 'й' and "million" */
                class A {
                    String a = "5 млн";
                    char b = '\\u0439';
                    String c = "a \\"quoted\\" yil";
                    String d = "total"; // "mln"
                    String t = \"""
                            March
                            \""";
                }
                """;
        List<Integer> lines = literals(source).stream()
                .filter(l -> CYRILLIC.matcher(l.text()).find() || DENIED_WORDS.matcher(l.text()).find())
                .map(Literal::line).toList();
        assertEquals(List.of(4, 5, 6, 8), lines);
    }

    record Literal(int line, String text) {
    }

    /** The string, text block and char literals of a Java source, with unicode escapes decoded, and their lines. */
    static List<Literal> literals(String source) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.add(new Literal(line, decode(source.substring(i, end))));
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                out.add(new Literal(line, decode(source.substring(i, end))));
                i = end;
            } else {
                if (c == '\n') {
                    line++;
                }
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Unicode escapes ({@code \}{@code u0439}) as the compiler reads them; an escaped backslash stays. */
    private static String decode(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int k = 0; k < literal.length(); k++) {
            char c = literal.charAt(k);
            if (c == '\\' && k + 1 < literal.length() && literal.charAt(k + 1) == '\\') {
                out.append("\\\\");
                k++;
            } else if (c == '\\' && k + 1 < literal.length() && literal.charAt(k + 1) == 'u') {
                int u = k + 1;
                while (u < literal.length() && literal.charAt(u) == 'u') {
                    u++;
                }
                if (u + 4 <= literal.length() && literal.substring(u, u + 4).matches("\\p{XDigit}{4}")) {
                    out.append((char) Integer.parseInt(literal.substring(u, u + 4), 16));
                    k = u + 3;
                } else {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package org.policylens.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture of hard-wrapped text without page marks (a plain-text file printed from a browser or a PDF):
 * the running header and footer lines that a page break left in the text, such as
 * {@code https://lex.uz/docs/-6257288 68/189} under {@code 7/11/26, 4:12 PM 28.10.2022. Oʻzbekiston … kodeksi}.
 *
 * <p>A line is furniture when its shape (digits masked) recurs at least {@link #MIN_REPEATS} times with its numbers
 * varying and enough fixed text to be a header rather than a numbered heading ({@code 188-modda.}), or when it is
 * a page-number line ({@code - 12 -}, {@code Page 3 of 9}) whose numbers rise; a line that recurs unchanged belongs
 * to the furniture when every occurrence stands next to such a line (the rest of the header block).
 */
final class TextPageFurniture {
    static final int MIN_REPEATS = 3;
    private static final int MAX_LINE = 160;
    /** Fixed (non-digit) letters a repeated line needs to be a running header: more than a heading's `#-modda.`. */
    private static final int MIN_FIXED_LETTERS = 12;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)(?:page|p\\.|стр\\.?|страница|bet|sahifa|саҳифа|сахифа)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?"
                    + "(?:\\s*(?:of|из|/)\\s*\\d{1,4})?");

    private TextPageFurniture() {
    }

    /** For each line, whether it is furniture; all false for text with fewer than {@link #MIN_REPEATS} lines. */
    static boolean[] mark(List<String> lines) {
        boolean[] furniture = new boolean[lines.size()];
        if (lines.size() < MIN_REPEATS * 2) {
            return furniture;
        }
        Map<String, List<Integer>> byShape = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.length() > MAX_LINE) {
                continue;
            }
            byShape.computeIfAbsent(DIGITS.matcher(line).replaceAll("#"), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> unchanged = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byShape.entrySet()) {
            List<Integer> at = e.getValue();
            if (at.size() < MIN_REPEATS) {
                continue;
            }
            if (numbersVary(lines, at) && (fixedLetters(e.getKey()) >= MIN_FIXED_LETTERS || pageNumbers(lines, at))) {
                at.forEach(i -> furniture[i] = true);
            } else if (fixedLetters(e.getKey()) >= MIN_FIXED_LETTERS) {
                unchanged.add(at);
            }
        }
        for (List<Integer> at : unchanged) {
            if (at.stream().allMatch(i -> nextToFurniture(furniture, lines, i))) {
                at.forEach(i -> furniture[i] = true);
            }
        }
        return furniture;
    }

    private static boolean numbersVary(List<String> lines, List<Integer> at) {
        String first = lines.get(at.get(0)).strip();
        return first.chars().anyMatch(Character::isDigit)
                && at.stream().anyMatch(i -> !lines.get(i).strip().equals(first));
    }

    private static int fixedLetters(String shape) {
        return (int) shape.chars().filter(Character::isLetter).count();
    }

    /** Page-number lines whose first numbers rise from one occurrence to the next. */
    private static boolean pageNumbers(List<String> lines, List<Integer> at) {
        long previous = Long.MIN_VALUE;
        for (int i : at) {
            String line = lines.get(i).strip();
            if (!PAGE_NUMBER.matcher(line).matches()) {
                return false;
            }
            Matcher d = DIGITS.matcher(line);
            long n = d.find() ? Long.parseLong(d.group()) : -1;
            if (n <= previous) {
                return false;
            }
            previous = n;
        }
        return true;
    }

    /** The nearest non-blank line before or after {@code i} is furniture. */
    private static boolean nextToFurniture(boolean[] furniture, List<String> lines, int i) {
        for (int step : new int[]{-1, 1}) {
            int k = i + step;
            while (k >= 0 && k < furniture.length && lines.get(k).isBlank()) {
                k += step;
            }
            if (k >= 0 && k < furniture.length && furniture[k]) {
                return true;
            }
        }
        return false;
    }
}

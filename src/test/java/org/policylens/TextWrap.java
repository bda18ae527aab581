package org.policylens;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap for the tests that draw text onto pages (PDFBox fonts, Java2D font metrics). */
public final class TextWrap {
    /** The width of a run of text in the units of {@code maxWidth}. */
    @FunctionalInterface
    public interface Width {
        double of(String text) throws IOException;
    }

    private TextWrap() {
    }

    /** Words split at {@code separator} fill each line while it stays within {@code maxWidth}; no empty last line. */
    public static List<String> greedy(String text, String separator, double maxWidth, Width width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(separator)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width.of(candidate) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

package org.policylens.index;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSignatureTest {
    private static String text(long seed, int words) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append("w").append(r.nextInt(5000)).append(i % 17 == 16 ? ".\n\n" : " ");
        }
        return b.toString();
    }

    @Test
    void theSameTextInAnotherLayoutIsACopy() {
        String a = text(1, 2000);
        String wrapped = a.replace(" w1", "\nw1").replace(".\n\n", ". ").toUpperCase();
        assertEquals(1.0, TextSignature.of(a).similarity(TextSignature.of(wrapped)), 1e-9);
    }

    @Test
    void anEditedCopyStaysAboveTheCopyThresholdAndAnotherTextIsFarBelow() {
        String a = text(2, 3000);
        String[] paragraphs = a.split("\n\n");
        // a heading added and two paragraphs swapped
        String tmp = paragraphs[3];
        paragraphs[3] = paragraphs[4];
        paragraphs[4] = tmp;
        String edited = "Reprinted from the journal, issue 3\n\n" + String.join("\n\n", paragraphs);
        double copy = TextSignature.of(a).similarity(TextSignature.of(edited));
        assertTrue(copy >= 0.9, "edited copy: " + copy);
        double other = TextSignature.of(a).similarity(TextSignature.of(text(3, 3000)));
        assertTrue(other < 0.1, "unrelated text: " + other);
        // half of the text: about a third alike, not a copy
        double half = TextSignature.of(a).similarity(TextSignature.of(a.substring(0, a.length() / 2)));
        assertTrue(half > 0.3 && half < 0.7, "half: " + half);
    }

    @Test
    void storedFormRoundTripsAndEmptyTextsMatchNothing() {
        TextSignature s = TextSignature.of(text(4, 500));
        byte[] bytes = s.toBytes();
        assertEquals(s, TextSignature.fromBytes(bytes, 0, bytes.length));
        assertEquals(0.0, TextSignature.of("").similarity(TextSignature.of("")));
        assertEquals(0.0, TextSignature.of("").similarity(s));
        assertEquals(1.0, TextSignature.of("one two").similarity(TextSignature.of("One, two!")), 1e-9);
    }
}

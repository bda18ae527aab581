package org.policylens.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PathTextTest {
    @Test
    void bytesThatAreNotUtf8AreSpelledAndBackslashesDoubledSoNoTwoNamesShareAText() {
        assertEquals("a\\xFFb", PathText.decode(new byte[]{'a', (byte) 0xFF, 'b'}));
        assertEquals("Ўзб\\xC3", PathText.decode(concat("Ўзб".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3})));
        // a name that literally holds "\xFF" is not the name holding the byte
        assertEquals("a\\\\xFFb", PathText.decode("a\\xFFb".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(PathText.decode("a\\xFFb".getBytes(StandardCharsets.UTF_8)),
                PathText.decode(new byte[]{'a', (byte) 0xFF, 'b'}));
    }

    @Test
    void validNamesAreUnchanged() {
        assertEquals("corpus/decrees/указ ПФ-6079.txt", PathText.of(Path.of("corpus/decrees/указ ПФ-6079.txt")));
        assertEquals("/abs/a b.txt", PathText.of(Path.of("/abs/a b.txt")));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

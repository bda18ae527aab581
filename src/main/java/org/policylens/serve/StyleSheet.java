package org.policylens.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The one style sheet, served from the jar at {@code /style.css}: the pages use no other asset. */
final class StyleSheet {
    private StyleSheet() {
    }

    static byte[] bytes() {
        try (InputStream in = StyleSheet.class.getResourceAsStream("style.css")) {
            if (in == null) {
                throw new IllegalStateException("style.css missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

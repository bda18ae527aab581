package org.policylens.ingest;

import java.io.File;
import java.util.List;

/** TrueType fonts with Latin and Cyrillic letters, for the PDFs tests draw; null where none is installed. */
public final class TestFonts {
    private static final List<String> UNICODE = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
            "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    private static final String SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    private TestFonts() {
    }

    /** The first installed of DejaVu Sans and Liberation Serif. */
    public static File unicode() {
        for (String path : UNICODE) {
            if (new File(path).isFile()) {
                return new File(path);
            }
        }
        return null;
    }

    /** DejaVu Serif, the face the printed test pages ask for, else {@link #unicode()}. */
    public static File serif() {
        return new File(SERIF).isFile() ? new File(SERIF) : unicode();
    }
}

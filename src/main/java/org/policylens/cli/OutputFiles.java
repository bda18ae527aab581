package org.policylens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small file-system helpers the commands share. */
final class OutputFiles {
    private OutputFiles() {
    }

    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}

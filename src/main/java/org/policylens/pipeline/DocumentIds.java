package org.policylens.pipeline;

import org.policylens.model.DocumentId;

import java.nio.file.Path;
import java.util.List;

/**
 * Document ids are paths as the user gave them: the root as typed plus the file's path below it,
 * with '/' separators, so that ids are stable across runs and readable in every report.
 */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static DocumentId of(List<Path> roots, Path file) {
        Path absFile = file.toAbsolutePath().normalize();
        for (Path root : roots) {
            Path absRoot = root.toAbsolutePath().normalize();
            if (absFile.equals(absRoot)) {
                return new DocumentId(slashes(root.normalize()));
            }
            if (absFile.startsWith(absRoot)) {
                return new DocumentId(slashes(root.normalize().resolve(absRoot.relativize(absFile))));
            }
        }
        return new DocumentId(slashes(file.normalize()));
    }

    /** True when the id names a file at or below one of the roots (as ids spell them). */
    public static boolean isUnder(List<Path> roots, DocumentId id) {
        for (Path root : roots) {
            String prefix = slashes(root.normalize());
            if (prefix.isEmpty() || id.value().equals(prefix) || id.value().startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}

package org.policylens.pipeline;

import org.policylens.model.DocumentId;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document ids are paths as the user gave them: the root as typed plus the file's path below it,
 * with '/' separators, so that ids are stable across runs and readable in every report.
 * Lookups walk up a path's parents, so they cost its depth, not the number of roots.
 */
public final class DocumentIds {
    private final Map<Path, Path> rootsByAbsolutePath = new HashMap<>();
    private final Map<String, Boolean> rootIds = new HashMap<>();

    public DocumentIds(List<Path> roots) {
        for (Path root : roots) {
            rootsByAbsolutePath.putIfAbsent(root.toAbsolutePath().normalize(), root.normalize());
            rootIds.put(slashes(root.normalize()), Boolean.TRUE);
        }
    }

    public DocumentId of(Path file) {
        Path absFile = file.toAbsolutePath().normalize();
        for (Path p = absFile; p != null; p = p.getParent()) {
            Path root = rootsByAbsolutePath.get(p);
            if (root != null) {
                return new DocumentId(slashes(root.resolve(p.relativize(absFile))));
            }
        }
        return new DocumentId(slashes(file.normalize()));
    }

    /** True when the id names a file at or below one of the roots (as ids spell them). */
    public boolean isUnder(DocumentId id) {
        if (rootIds.containsKey("")) {
            return !Path.of(id.value()).isAbsolute();
        }
        return isAtOrUnder(id, rootIds.keySet());
    }

    /** True when the id is one of these ids or names a file below one of them. */
    public static boolean isAtOrUnder(DocumentId id, Set<String> ids) {
        String value = id.value();
        for (int end = value.length(); end > 0; end = value.lastIndexOf('/', end - 1)) {
            if (ids.contains(value.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** The path's text ({@link PathText}) with '/' separators whatever the platform's. */
    private static String slashes(Path p) {
        String separator = p.getFileSystem().getSeparator();
        String text = PathText.of(p);
        return separator.equals("/") ? text : text.replace(separator, "/");
    }
}

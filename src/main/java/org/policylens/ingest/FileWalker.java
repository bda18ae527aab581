package org.policylens.ingest;

import org.policylens.model.ParseResult;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands files and directories given on the command line into the regular files to ingest.
 *
 * <p>Directories are walked recursively in name order, following symbolic links; hidden entries
 * (name starting with '.') and directories named {@code index} (where policylens keeps its own index)
 * are skipped. A file reached twice (through a link or a repeated argument) is listed once, under the
 * path it was first reached by. Broken links, link loops and unreadable directories come back as
 * failures rather than exceptions. Folders given as skipped (the index being written, wherever it is) are
 * never entered.
 */
public final class FileWalker {
    private static final String INDEX_DIR = "index";

    private final Set<Path> skipped = new HashSet<>();

    public FileWalker() {
        this(List.of());
    }

    /** A walker that never enters these folders (compared by their real paths; absent ones are ignored). */
    public FileWalker(Collection<Path> skippedDirectories) {
        for (Path dir : skippedDirectories) {
            try {
                skipped.add(dir.toRealPath());
            } catch (IOException e) {
                // absent: nothing to skip
            }
        }
    }

    public WalkResult walk(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        List<ParseResult.Failed> failures = new ArrayList<>();
        Set<Path> seenFiles = new HashSet<>();
        for (Path root : roots) {
            visit(root, true, files, failures, seenFiles, new HashSet<>());
        }
        return new WalkResult(files, failures);
    }

    private void visit(Path path, boolean explicit, List<Path> files, List<ParseResult.Failed> failures,
                       Set<Path> seenFiles, Set<Path> ancestors) {
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        if (!explicit && name.startsWith(".")) {
            return;
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            String reason = TikaIngester.preflight(path);
            failures.add(new ParseResult.Failed(path, reason != null ? reason : FailureReasons.describe(e, "")));
            return;
        }
        if (Files.isDirectory(real)) {
            if (!explicit && INDEX_DIR.equals(name) || skipped.contains(real)) {
                return;
            }
            if (!ancestors.add(real)) {
                failures.add(new ParseResult.Failed(path, "symbolic link loop"));
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                entries.forEach(children::add);
            } catch (IOException e) {
                failures.add(new ParseResult.Failed(path, "cannot list directory: " + FailureReasons.describe(e, "")));
                ancestors.remove(real);
                return;
            }
            children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (Path child : children) {
                visit(child, false, files, failures, seenFiles, ancestors);
            }
            ancestors.remove(real);
        } else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            if (seenFiles.add(real)) {
                files.add(path);
            }
        } else {
            failures.add(new ParseResult.Failed(path, "not a regular file"));
        }
    }
}

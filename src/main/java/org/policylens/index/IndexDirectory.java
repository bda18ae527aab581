package org.policylens.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Whether a directory may be written as a policylens index. Lucene's IndexWriter deletes every file with an
 * index file's name that no commit references, and a rebuild drops the old commit, so policylens writes only
 * where every entry is a Lucene index file (or the repository's {@code .gitkeep} placeholder) and, when a commit
 * exists, that commit carries the policylens schema marker. Anything else (source documents, subfolders, another
 * program's Lucene index) is refused before a writer is opened on it.
 */
final class IndexDirectory {
    /** Kept in the shipped empty {@code index/} folder so that git keeps the folder. */
    private static final String PLACEHOLDER = ".gitkeep";
    /** Commit points, current and in progress: {@code segments_N} and {@code pending_segments_N}. */
    private static final Pattern COMMIT_FILE = Pattern.compile("(pending_)?segments_[0-9a-z]+");

    private IndexDirectory() {
    }

    /** What the directory holds, as far as writing goes. */
    sealed interface State {
        /** Absent, or holding nothing but a lock or placeholder: a new index may be created. */
        record Empty() implements State {
        }

        /** A policylens index of the given schema version (maybe not this build's). */
        record Ours(String version) implements State {
        }

        /** Not to be written: {@code reason} completes "not a policylens index (…)". */
        record Foreign(String reason) implements State {
        }
    }

    /** Reads the directory without changing anything in it. */
    static State inspect(Path dir, Directory directory) throws IOException {
        String stranger = firstForeignEntry(dir);
        if (stranger != null) {
            return new State.Foreign("it holds files policylens did not write, such as " + stranger);
        }
        if (!DirectoryReader.indexExists(directory)) {
            return new State.Empty();
        }
        String version;
        try {
            version = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexSchema.VERSION_KEY);
        } catch (IOException e) {
            return new State.Foreign("its last commit cannot be read: " + e.getMessage());
        }
        return version == null ? new State.Foreign("its Lucene commit has no policylens schema marker")
                : new State.Ours(version);
    }

    /** The name of an entry Lucene did not write, or null when there is none. */
    private static String firstForeignEntry(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) || !isIndexFile(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean isIndexFile(String name) {
        return name.equals(IndexWriter.WRITE_LOCK_NAME) || name.equals(PLACEHOLDER)
                || COMMIT_FILE.matcher(name).matches() || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
    }
}

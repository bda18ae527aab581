package org.policylens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import org.policylens.index.CorpusIndex;
import org.policylens.index.DocumentPassages;
import org.policylens.index.IncompatibleIndexException;
import org.policylens.index.LuceneCorpusIndex;

/**
 * Writes the text policylens indexed for each document — its stored passages in text order, one per line — to one
 * {@code .txt} per document, laid out like the corpus ({@code a/b.pdf} → {@code a/b.pdf.txt}). Gives grep and the
 * extraction sample exactly the text search sees, without parsing the corpus again. Reads the index only through
 * {@link CorpusIndex#forEachDocumentPassages}, so memory stays at one document.
 */
public final class IndexTextDump {

    /** Files written, characters of passage text in them, and documents whose passages came in more than one piece. */
    public record Result(int documents, long chars, int splitDocuments) {
    }

    private final Path corpusDir;
    private final Path textDir;
    private final Set<String> written = new HashSet<>();
    private final Set<Path> madeDirs = new HashSet<>();
    private long chars;
    private int split;

    private IndexTextDump(Path corpusDir, Path textDir) {
        this.corpusDir = corpusDir.toAbsolutePath().normalize();
        this.textDir = textDir;
    }

    /**
     * Dumps the passages of the local index in {@code indexDir} (built from files under {@code corpusDir}) into
     * {@code textDir}. An index policylens did not write (a stand-in system's) holds no passages: nothing is dumped.
     */
    public static Result dump(Path indexDir, Path corpusDir, Path textDir) throws IOException {
        CorpusIndex index;
        try {
            index = LuceneCorpusIndex.openReadOnly(indexDir);
        } catch (IncompatibleIndexException e) {
            return new Result(0, 0, 0);
        }
        try (index) {
            return dump(index, corpusDir, textDir);
        }
    }

    /** Dumps the passages of {@code index} (built from files under {@code corpusDir}) into {@code textDir}. */
    public static Result dump(CorpusIndex index, Path corpusDir, Path textDir) throws IOException {
        IndexTextDump dump = new IndexTextDump(corpusDir, textDir);
        Files.createDirectories(textDir);
        try {
            index.forEachDocumentPassages(d -> {
                try {
                    dump.write(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(dump.written.size(), dump.chars, dump.split);
    }

    /** Should a document ever come in pieces, its later passages are appended to the same file, so no text is lost. */
    private void write(DocumentPassages document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String passage : document.passages()) {
            text.append(passage).append('\n');
        }
        String id = document.id().value();
        Path file = textFileFor(document.path(), id);
        Path parent = file.getParent();
        if (parent != null && madeDirs.add(parent)) {
            Files.createDirectories(parent);
        }
        if (written.add(id)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } else {
            split++;
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        chars += text.length();
    }

    /** The corpus-relative path of the source plus {@code .txt}; a source outside the corpus is named by its doc id. */
    Path textFileFor(String source, String id) {
        if (source != null) {
            try {
                Path abs = Path.of(source).toAbsolutePath().normalize();
                if (abs.startsWith(corpusDir) && !abs.equals(corpusDir)) {
                    return textDir.resolve(corpusDir.relativize(abs).toString() + ".txt");
                }
            } catch (RuntimeException e) {
                // not a path on this system: fall back to the doc id
            }
        }
        return textDir.resolve(id.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".txt");
    }
}

package org.policylens.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decompression limits for zipped formats (DOCX, ODT, EPUB, ...). Tika's
 * {@link org.apache.tika.sax.SecureContentHandler} stops a parse whose text exceeds 100 characters per input byte,
 * but it counts text only: a DOCX whose 600 MB {@code word/document.xml} is mostly markup, or text at 20 characters
 * a byte, passed it and was inflated in full (22 s, 50 M characters kept up to the write limit). And Tika's OOXML
 * parser switches POI's own inflation check off when its class loads, while the streaming DOCX reader swallows the
 * error when that check is on (a bomb then came back as 74 K characters of text, or as "no extractable text").
 * So {@link #check} reads the zip's central directory before the parse and fails the file when an entry declares
 * it inflates more than 100-fold (POI's default) past its first megabyte, or beyond 512 MB, or all entries beyond
 * 1 GB; the same for every zip inside it (an archive embedded in a DOCX, which Tika parses as well: its entries were
 * inflated with no limit, and a 600 MB text bomb stored in a 2 MB DOCX came back as a "document" of a million 'a's). For an archive whose directory understates its sizes POI's check is put back: reading stops after
 * 100-fold, and {@link #swallowed} turns the error the DOCX reader recorded as a warning into the file's failure.
 */
final class ZipBombLimits {
    /** Compressed bytes per inflated byte below which an entry is a bomb: POI's default (100-fold). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest inflated entry: far above any real document part, far below what a bomb would inflate to. */
    static final long MAX_ENTRY_BYTES = 512L << 20;
    /** Largest inflated archive. */
    static final long MAX_TOTAL_BYTES = 1L << 30;
    /** Entries up to this size may have any ratio (a page of blank table cells compresses well). */
    static final long GRACE_BYTES = 1L << 20;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** How POI's ZipArchiveThresholdInputStream starts its message, and how it names the entry. */
    private static final String POI_BOMB = "Zip bomb detected!";
    private static final Pattern POI_ENTRY = Pattern.compile("Entry: (\\S+)");

    private ZipBombLimits() {
    }

    static {
        try {
            Class.forName(OOXMLParser.class.getName(), true, OOXMLParser.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** Why the file is a suspected zip bomb, or null when it is not a zip or its entries stay in the limits. */
    static String check(Path file) {
        if (!startsLikeZip(file)) {
            return null;
        }
        try {
            Verdict v = check(file, "", 0);
            return v.bomb();
        } catch (IOException | RuntimeException e) {
            return null; // not a readable zip: the parse says what it is
        }
    }

    /** Deepest archive in an archive looked into: Tika itself parses no deeper than 10 nested packages. */
    static final int MAX_NESTING = 10;

    /** What one archive inflates to, or why it is a bomb. */
    private record Verdict(long inflated, String bomb) {
    }

    /**
     * Checks the directory of the zip {@code file}, and of every zip inside it (an archive embedded in a DOCX is
     * parsed too, and its own entries inflate as it is read); {@code prefix} names the enclosing entries
     * ({@code word/embeddings/a.zip!/}). The inflated sizes of nested archives count towards the outer limits.
     */
    private static Verdict check(Path file, String prefix, int depth) throws IOException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = Math.max(1, entry.getCompressedSize());
                if (size < 0) {
                    continue;
                }
                total += size;
                if (size > MAX_ENTRY_BYTES || size > GRACE_BYTES && (double) compressed / size < MIN_INFLATE_RATIO) {
                    return new Verdict(total, String.format(Locale.ROOT,
                            "suspected zip bomb: entry %s inflates %,d bytes to %,d (%.0f-fold)",
                            oneLine(prefix + entry.getName()), compressed, size, (double) size / compressed));
                }
                if (depth < MAX_NESTING && !entry.isDirectory() && isZip(zip, entry)) {
                    Verdict inner = checkNested(zip, entry, prefix + entry.getName() + "!/", depth + 1);
                    if (inner.bomb() != null) {
                        return inner;
                    }
                    total += inner.inflated();
                }
                if (total > MAX_TOTAL_BYTES) {
                    return new Verdict(total, String.format(Locale.ROOT,
                            "suspected zip bomb: its entries inflate to more than %,d bytes", MAX_TOTAL_BYTES));
                }
            }
        }
        return new Verdict(total, null);
    }

    /** A zip inside a zip, checked from a temporary copy (its directory is at its end); nothing is inflated past it. */
    private static Verdict checkNested(ZipFile zip, ZipEntry entry, String prefix, int depth) throws IOException {
        Path copy = Files.createTempFile("policylens-nested-", ".zip");
        try {
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return check(copy, prefix, depth);
        } catch (java.util.zip.ZipException e) {
            return new Verdict(0, null); // not a readable zip after all: its parser says what it is
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static boolean isZip(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        } catch (IOException e) {
            return false; // the parse reports it
        }
    }

    /** The zip-bomb error a parser recorded as a warning and went on past (its partial text is not the file's). */
    static String swallowed(Metadata metadata) {
        for (String warning : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
            if (warning.contains(POI_BOMB)) {
                Matcher entry = POI_ENTRY.matcher(warning);
                return "suspected zip bomb: entry " + (entry.find() ? oneLine(entry.group(1)) + " " : "")
                        + "inflates more than 100-fold (the zip directory understates its size)";
            }
        }
        return null;
    }

    private static String oneLine(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    /** Makes sure the limits above are in force (they are process-wide settings of POI). */
    static void install() {
        // the static initializer does the work, once
    }
}

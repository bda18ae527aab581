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
 * 1 GB. For an archive whose directory understates its sizes POI's check is put back: reading stops after
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
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC)) {
                return null;
            }
        } catch (IOException e) {
            return null; // the parse reports it
        }
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
                    return String.format(Locale.ROOT, "suspected zip bomb: entry %s inflates %,d bytes to %,d (%.0f-fold)",
                            oneLine(entry.getName()), compressed, size, (double) size / compressed);
                }
                if (total > MAX_TOTAL_BYTES) {
                    return String.format(Locale.ROOT, "suspected zip bomb: its entries inflate to more than %,d bytes",
                            MAX_TOTAL_BYTES);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // not a readable zip: the parse says what it is
        }
        return null;
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

package org.policylens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's detector, spared its magic scan when a file's name and first bytes agree on a format we ingest. Tika evaluates
 * all of its ~850 magic rules on every file, dozens of them at every offset of a zero-padded 8 KB window however short
 * the file: 0.6–0.9 ms for each HTML, XML, text or PDF document, a sixth of our whole per-document cost. Here:
 * <ul>
 * <li>{@code .pdf} starting with a PDF header is a PDF;</li>
 * <li>{@code .docx} that is a zip whose {@code [Content_Types].xml} declares a Word main document part is DOCX;</li>
 * <li>{@code .html}/{@code .htm}, {@code .xml}, {@code .txt}/{@code .md} whose first 8 KB are text (no NUL, no stray
 * control byte) get the type their name says when they start as that format does: HTML with a doctype or
 * {@code <html>} and no namespace declaration (XHTML is Tika's to tell), NUL bytes allowed; XML with a declaration and, after comments only, its root element, whose type is Tika's own answer
 * for that root (cached per root, so RSS, SVG or XHTML roots keep their types); plain text with anything but markup,
 * RTF or JSON braces, a PDF or PostScript {@code %}, or a {@code #!} script line.</li>
 * </ul>
 * Every other file goes to Tika whole, other containers (ODT, DOC, XLSX…) included.
 *
 * <p>The price is deliberate: a {@code .txt} that Tika's magic would call something else because it starts like a mail
 * message, a vCard, a robots file, a batch or MATLAB script or a graph description, or holds an {@code <html>} tag
 * further down, is read as the text its name says it is rather than parsed as that format.
 */
final class KnownFormatDetector implements Detector {

    static final int PEEK = 8192;
    private static final MediaType MARKDOWN = MediaType.text("x-web-markdown");
    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final String WORD_MAIN_PART = DOCX + ".main+xml";
    private static final int MAX_CONTENT_TYPES = 1 << 20;
    /** A corpus has a handful of XML roots; the bound only guards against a pathological one. */
    private static final int MAX_CACHED_ROOTS = 1024;
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)[\\s/>]");
    /** A namespace declaration: its attribute name and quoted value. */
    private static final Pattern NAMESPACE = Pattern.compile("\\s(xmlns(?::[\\w.-]+)?)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    private final Detector tika;
    private final MimeTypes types;
    private final Map<String, MediaType> rootTypes = new ConcurrentHashMap<>();

    KnownFormatDetector(Detector tika, MimeTypes types) {
        this.tika = Objects.requireNonNull(tika, "tika");
        this.types = Objects.requireNonNull(types, "types");
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        MediaType byName = input == null || name == null ? null : typeByName(name);
        if (byName == null) {
            return tika.detect(input, metadata);
        }
        byte[] head = StreamPeek.head(input, PEEK);
        MediaType confirmed = PDF.equals(byName) ? (startsWith(head, 0, "%PDF-") ? PDF : null)
                : DOCX.equals(byName) ? (isWordPackage(input, head) ? DOCX : null)
                : isText(head, MediaType.TEXT_HTML.equals(byName)) ? confirm(byName, head) : null;
        return confirmed != null ? confirmed : tika.detect(input, metadata);
    }

    /** The type the file name gives, when it is one of the text formats handled here; else null. */
    private MediaType typeByName(String name) {
        MimeType byName = types.getMimeType(name);
        MediaType type = byName == null ? null : byName.getType();
        return MediaType.TEXT_PLAIN.equals(type) || MARKDOWN.equals(type) || MediaType.TEXT_HTML.equals(type)
                || MediaType.APPLICATION_XML.equals(type) || PDF.equals(type) || DOCX.equals(type) ? type : null;
    }

    /**
     * Whether a file is a zip whose content types declare a Word main document part: what Tika's OOXML detection
     * reads too, but from the zip's directory and one small entry instead of opening the whole package.
     */
    private static boolean isWordPackage(InputStream input, byte[] head) {
        if (!startsWith(head, 0, "PK\u0003\u0004") || !(input instanceof TikaInputStream tis) || !tis.hasFile()) {
            return false;
        }
        try (ZipFile zip = new ZipFile(tis.getFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(types)) {
                String declared = new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
                return declared.contains(WORD_MAIN_PART);
            }
        } catch (IOException | RuntimeException e) {
            return false; // Tika examines it and reports what is wrong
        }
    }

    /** The type when the start of the file agrees with its name's type; else null (Tika decides). */
    private MediaType confirm(MediaType byName, byte[] head) throws IOException {
        int i = skipBlank(head, startAfterBom(head));
        if (i >= head.length) {
            return null;
        }
        if (MediaType.TEXT_HTML.equals(byName)) {
            int tag = skipComments(head, i);
            // a namespace declaration may make it XHTML, which Tika tells by parsing the root: Tika decides
            return tag >= 0 && (startsWithIgnoreCase(head, tag, "<!doctype html") || startsWithIgnoreCase(head, tag, "<html"))
                    && indexAfter(head, tag, "xmlns") < 0 ? byName : null;
        }
        if (MediaType.APPLICATION_XML.equals(byName)) {
            return startsWith(head, i, "<?xml") ? rootType(head, i) : null;
        }
        return plainTextStart(head, i) ? byName : null;
    }

    /** Text that no other format claims by its first bytes. */
    private static boolean plainTextStart(byte[] head, int i) {
        byte first = head[i];
        return first != '<' && first != '{' && first != '%' && !startsWith(head, i, "#!");
    }

    /**
     * Tika's type for the root element of an XML file that starts with a declaration and then has only comments before
     * its root (a doctype or another processing instruction can select a format by itself: Tika decides those).
     */
    private MediaType rootType(byte[] head, int declaration) throws IOException {
        int end = indexAfter(head, declaration + 5, "?>");
        int tag = end < 0 ? -1 : skipComments(head, end);
        if (tag < 0 || tag + 1 >= head.length || !isNameStart(head[tag + 1])) {
            return null;
        }
        int close = indexAfter(head, tag, ">");
        if (close < 0) {
            return null;
        }
        String root = rootElement(new String(head, tag, close - tag, StandardCharsets.UTF_8));
        if (root == null) {
            return null;
        }
        MediaType cached = rootTypes.get(root);
        if (cached != null) {
            return cached;
        }
        MediaType type = tikaTypeOf(root);
        if (rootTypes.size() < MAX_CACHED_ROOTS) {
            rootTypes.put(root, type);
        }
        return type;
    }

    /** The root element reduced to what Tika's root matching reads: its name and its namespace declaration. */
    private static String rootElement(String startTag) {
        Matcher m = ROOT.matcher(startTag);
        if (!m.lookingAt()) {
            return null;
        }
        String qname = m.group(1);
        int colon = qname.indexOf(':');
        String xmlns = colon < 0 ? "xmlns" : "xmlns:" + qname.substring(0, colon);
        Matcher ns = NAMESPACE.matcher(startTag);
        while (ns.find()) {
            if (ns.group(1).equals(xmlns)) {
                return "<" + qname + " " + xmlns + "=" + ns.group(2) + "/>";
            }
        }
        return "<" + qname + "/>";
    }

    private MediaType tikaTypeOf(String root) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "root.xml");
        byte[] doc = ("<?xml version=\"1.0\"?>" + root).getBytes(StandardCharsets.UTF_8);
        try (TikaInputStream in = TikaInputStream.get(doc)) {
            return tika.detect(in, metadata);
        }
    }

    /** No NUL and no control byte that text does not use (binary data, or UTF-16/32, which Tika handles). */
    static boolean isText(byte[] head) {
        return isText(head, false);
    }

    /**
     * As {@link #isText(byte[])}, NULs allowed when {@code nulAllowed}: for HTML, whose start must then still be
     * {@code <!doctype html} or {@code <html} in single bytes (never so in UTF-16 or UTF-32), and which Tika's magic
     * calls HTML by that start whatever NULs follow (the Federal Register's pages pad lines with them).
     */
    static boolean isText(byte[] head, boolean nulAllowed) {
        for (byte b : head) {
            if (b == 0 && nulAllowed) {
                continue;
            }
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
                return false;
            }
        }
        return true;
    }

    private static int startAfterBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static int skipBlank(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n' || b[i] == '\f')) {
            i++;
        }
        return i;
    }

    /** The first non-blank position at or after {@code i} that does not open a comment; -1 if a comment runs on. */
    private static int skipComments(byte[] b, int i) {
        i = skipBlank(b, i);
        while (startsWith(b, i, "<!--")) {
            int end = indexAfter(b, i + 4, "-->");
            if (end < 0) {
                return -1;
            }
            i = skipBlank(b, end);
        }
        return i;
    }

    private static boolean isNameStart(byte b) {
        return b == '_' || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at < 0 || at + ascii.length() > b.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(byte[] b, int at, String lowerAscii) {
        if (at < 0 || at + lowerAscii.length() > b.length) {
            return false;
        }
        String s = new String(b, at, lowerAscii.length(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return s.equals(lowerAscii);
    }

    /** The index just past the first {@code ascii} at or after {@code from}, or -1. */
    private static int indexAfter(byte[] b, int from, String ascii) {
        for (int at = from; at + ascii.length() <= b.length; at++) {
            if (startsWith(b, at, ascii)) {
                return at + ascii.length();
            }
        }
        return -1;
    }
}

package org.policylens.ingest;

import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.ParseResult;
import org.policylens.model.Span;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages between {@link IsolatedIngester} and its {@link ParserChild} processes, over the child's standard input
 * and output. Text travels as UTF-16 code units, so every span offset means the same on both sides (UTF-8 would turn
 * a lone surrogate into '?' and could shift nothing, but also could not round-trip it).
 *
 * <pre>
 * parent → child:  PARSE seq fileUri
 * child → parent:  READY                (once, when the child has set Tika up)
 *                  STARTED seq          (the child began the file: its time limit counts from here)
 *                  RESULT seq result    (FAILED reason | PARSED mediaType language text paragraphs pages metadata)
 * </pre>
 */
final class ParseWire {
    static final byte READY = 0;
    static final byte PARSE = 1;
    static final byte STARTED = 2;
    static final byte RESULT = 3;
    private static final byte FAILED = 0;
    private static final byte PARSED = 1;
    private static final int CHUNK = 32 * 1024;

    private ParseWire() {
    }

    /**
     * A file as the child can open it: its URI percent-encodes the bytes of its name, so a name that is not UTF-8
     * still names the same file on the other side ({@code Path.of(URI)} restores the bytes).
     */
    static void writeRequest(DataOutputStream out, long seq, Path file) throws IOException {
        out.writeByte(PARSE);
        out.writeLong(seq);
        writeString(out, file.toAbsolutePath().toUri().toString());
        out.flush();
    }

    /** A request as the child reads it; null at the end of the input (the parent is gone). */
    record Request(long seq, Path file) {
    }

    static Request readRequest(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            return null;
        }
        if (kind != PARSE) {
            throw new IOException("unexpected message " + kind);
        }
        long seq = in.readLong();
        return new Request(seq, Path.of(java.net.URI.create(readString(in))));
    }

    static void writeReady(DataOutputStream out) throws IOException {
        out.writeByte(READY);
        out.flush();
    }

    static void writeStarted(DataOutputStream out, long seq) throws IOException {
        out.writeByte(STARTED);
        out.writeLong(seq);
        out.flush();
    }

    /** The result of a parse, without its path and id (the parent has both: see {@link #readResult}). */
    static void writeResult(DataOutputStream out, long seq, ParseResult result) throws IOException {
        out.writeByte(RESULT);
        out.writeLong(seq);
        if (result instanceof ParseResult.Failed f) {
            out.writeByte(FAILED);
            writeString(out, f.reason());
        } else {
            Document d = ((ParseResult.Parsed) result).document();
            out.writeByte(PARSED);
            writeString(out, d.mediaType());
            writeString(out, d.language());
            writeString(out, d.text());
            writeSpans(out, d.paragraphs());
            writeSpans(out, d.pages());
            out.writeInt(d.metadata().size());
            for (Map.Entry<String, String> e : d.metadata().entrySet()) {
                writeString(out, e.getKey());
                writeString(out, e.getValue());
            }
        }
        out.flush();
    }

    /** The id of a document read here until its reader gives it its own. */
    static final DocumentId UNNAMED = new DocumentId("unnamed");

    /**
     * The result message's body (after its kind and seq), its document under {@code file} (the parent's path object:
     * the child's may spell it differently) and {@link #UNNAMED}.
     */
    static ParseResult readResult(DataInputStream in, Path file) throws IOException {
        if (in.readByte() == FAILED) {
            return new ParseResult.Failed(file, readString(in));
        }
        String mediaType = readString(in);
        String language = readString(in);
        String text = readString(in);
        List<Span> paragraphs = readSpans(in);
        List<Span> pages = readSpans(in);
        int entries = in.readInt();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            metadata.put(readString(in), readString(in));
        }
        return new ParseResult.Parsed(file, new Document(UNNAMED, file, mediaType, language, text, paragraphs, pages,
                metadata));
    }

    private static void writeSpans(DataOutputStream out, List<Span> spans) throws IOException {
        out.writeInt(spans.size());
        for (Span s : spans) {
            out.writeInt(s.start());
            out.writeInt(s.end());
        }
    }

    private static List<Span> readSpans(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Span> spans = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            spans.add(new Span(in.readInt(), in.readInt()));
        }
        return spans;
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        char[] chars = new char[Math.min(s.length(), CHUNK)];
        byte[] bytes = new byte[2 * chars.length];
        for (int from = 0; from < s.length(); from += chars.length) {
            int n = Math.min(chars.length, s.length() - from);
            s.getChars(from, from + n, chars, 0);
            for (int i = 0; i < n; i++) {
                bytes[2 * i] = (byte) (chars[i] >>> 8);
                bytes[2 * i + 1] = (byte) chars[i];
            }
            out.write(bytes, 0, 2 * n);
        }
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("bad string length " + length);
        }
        char[] chars = new char[length];
        byte[] bytes = new byte[2 * Math.min(length, CHUNK)];
        for (int from = 0; from < length; ) {
            int n = Math.min(bytes.length / 2, length - from);
            in.readFully(bytes, 0, 2 * n);
            for (int i = 0; i < n; i++) {
                chars[from + i] = (char) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
            }
            from += n;
        }
        return new String(chars);
    }
}

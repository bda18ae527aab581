package org.policylens.pipeline;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path as text that still names exactly one file. Linux file names are bytes; Java decodes them with the
 * platform's file-name charset (UTF-8 here) and turns every byte that is not UTF-8 into U+FFFD, so two files
 * {@code a<FF>} and {@code a<FE>} both print as {@code a�}. Here such a byte is written {@code \xFF} instead (the
 * path's own bytes come from its {@code file:} URI, which percent-encodes them), and a backslash of the name is
 * doubled, so the text is reversible and different files never share it. Valid names without a backslash are
 * returned as Java prints them.
 */
public final class PathText {
    private static final char REPLACEMENT = '\uFFFD';

    private PathText() {
    }

    public static String of(Path path) {
        String text = path.toString();
        if (!path.getFileSystem().getSeparator().equals("/")) {
            return text; // names there are UTF-16: nothing to recover, and the backslash is the separator
        }
        if (text.indexOf(REPLACEMENT) >= 0) {
            return decode(rawBytes(path));
        }
        return text.indexOf('\\') >= 0 ? text.replace("\\", "\\\\") : text;
    }

    /** The bytes of the path as the file system has them (relative paths stay relative). */
    private static byte[] rawBytes(Path path) {
        byte[] absolute = uriBytes(path.toAbsolutePath().toUri());
        if (path.isAbsolute()) {
            return absolute;
        }
        byte[] base = uriBytes(Path.of("").toAbsolutePath().toUri());
        int skip = base.length + (base.length > 0 && base[base.length - 1] == '/' ? 0 : 1);
        if (skip > absolute.length) {
            return absolute;
        }
        byte[] relative = new byte[absolute.length - skip];
        System.arraycopy(absolute, skip, relative, 0, relative.length);
        return relative;
    }

    /** The percent-decoded bytes of a file URI's path, without the slash a directory's URI ends with. */
    private static byte[] uriBytes(URI uri) {
        String raw = uri.getRawPath();
        ByteBuffer out = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.put((byte) c); // the URI's path holds only ASCII outside its escapes
            }
        }
        int length = out.position();
        if (length > 1 && out.get(length - 1) == '/') {
            length--;
        }
        byte[] bytes = new byte[length];
        out.flip();
        out.get(bytes);
        return bytes;
    }

    /** UTF-8 with every byte that is not part of a valid sequence written as {@code \xNN}, backslashes doubled. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        while (true) {
            CoderResult result = decoder.decode(in, chars, true);
            chars.flip();
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                out.append(c == '\\' ? "\\\\" : String.valueOf(c));
            }
            chars.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.append(String.format("\\x%02X", in.get() & 0xFF));
                }
            } else if (result.isUnderflow()) {
                return out.toString();
            }
        }
    }
}

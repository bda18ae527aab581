package org.policylens.ingest;

import org.policylens.budget.Watchdog;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Turns what went wrong while parsing into the one-line, human reason of the ingest report. */
final class FailureReasons {
    private static final int MAX_LENGTH = 200;

    private FailureReasons() {
    }

    static String describe(Throwable error, String mediaType) {
        String format = formatName(mediaType);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return "encrypted " + (format.isEmpty() ? "document" : format) + ": a password is required";
            }
            if (t instanceof ZeroByteFileException) {
                return "empty file";
            }
            if (t instanceof OutOfMemoryError) {
                return Watchdog.outOfMemory();
            }
            if (t instanceof StackOverflowError) {
                return "document nested too deeply";
            }
            if (t instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (t instanceof FileSystemLoopException) {
                return "symbolic link loop";
            }
            if (t instanceof NoSuchFileException) {
                return "no such file";
            }
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return oneLine("suspected zip bomb: "
                        + message.replaceFirst("(?i)^\\s*suspected zip bomb:?\\s*", ""));
            }
        }
        Throwable root = rootCause(error);
        String detail = root.getMessage() == null || root.getMessage().isBlank()
                ? root.getClass().getSimpleName() : root.getMessage();
        String prefix = format.isEmpty() ? "cannot parse" : "not a valid " + format;
        return oneLine(prefix + ": " + detail);
    }

    /** A short format name for messages: PDF, DOCX, ... or empty for generic types. */
    static String formatName(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        String t = mediaType.toLowerCase(Locale.ROOT);
        if (t.contains("pdf")) {
            return "PDF";
        }
        if (t.contains("wordprocessingml") || t.contains("x-tika-ooxml")) {
            return "DOCX";
        }
        if (t.contains("msword") || t.contains("x-tika-msoffice")) {
            return "DOC";
        }
        if (t.contains("opendocument")) {
            return "ODT";
        }
        if (t.contains("rtf")) {
            return "RTF";
        }
        if (t.contains("html")) {
            return "HTML";
        }
        if (t.contains("xml")) {
            return "XML";
        }
        if (t.contains("zip")) {
            return "ZIP";
        }
        return "";
    }

    static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").trim();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

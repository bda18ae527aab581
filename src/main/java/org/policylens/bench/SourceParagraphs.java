package org.policylens.bench;

import org.policylens.lang.LanguageIdentifier;
import org.policylens.model.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads real paragraphs, grouped by language, from source folders: .txt/.md directly, .htm/.html/.xml
 * with tags stripped crudely. PDF and DOCX sources are skipped: parsing them would make the generator
 * depend on the ingest stage it benchmarks. Files are visited in sorted order so that the same folders
 * always give the same paragraphs in the same order.
 */
public final class SourceParagraphs {

    static final int MIN_CHARS = 80;
    static final int MAX_CHARS = 1500;
    private static final int TARGET_CHUNK = 600;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    /** Control and non-characters: XML 1.0 cannot carry them, so DOCX and XML output would be invalid. */
    private static final Pattern UNWRITABLE = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF\\p{Cs}]");

    private SourceParagraphs() {
    }

    /** Paragraphs of every readable file under the given roots (absent roots are skipped), by language code. */
    public static Map<String, List<SourceParagraph>> load(List<Path> roots) {
        Map<String, List<SourceParagraph>> byLanguage = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (Path file : sortedFiles(root)) {
                for (String paragraph : paragraphsOf(file)) {
                    String language = languageOf(file, paragraph);
                    byLanguage.computeIfAbsent(language, k -> new ArrayList<>())
                            .add(new SourceParagraph(paragraph, language));
                }
            }
        }
        Map<String, List<SourceParagraph>> frozen = new LinkedHashMap<>();
        byLanguage.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static List<Path> sortedFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(SourceParagraphs::isTextSource).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Policy text only: a folder's README describes the folder, it is not a source paragraph. */
    static boolean isTextSource(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("readme")) {
            return false;
        }
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".htm")
                || name.endsWith(".html") || name.endsWith(".xml");
    }

    /** The cleaned paragraphs of one file; an unreadable file gives none. */
    static List<String> paragraphsOf(Path file) {
        String text;
        try {
            text = decodeLeniently(Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".xml")) {
            text = stripTags(text);
        }
        return split(text);
    }

    /** UTF-8 with malformed bytes dropped: some real HTML files carry stray Latin-1 bytes. */
    static String decodeLeniently(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith("\uFFFD")
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFFFD", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        }
    }

    /** Crude on purpose: tags become line breaks so block elements still separate paragraphs. */
    static String stripTags(String markup) {
        String noTags = TAG.matcher(markup.replace("\r", "")).replaceAll("\n");
        Matcher m = ENTITY.matcher(noTags);
        StringBuilder out = new StringBuilder(noTags.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        try {
            return switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> name.startsWith("#x")
                        ? new String(Character.toChars(Integer.parseInt(name.substring(2), 16)))
                        : new String(Character.toChars(Integer.parseInt(name.substring(1))));
            };
        } catch (IllegalArgumentException e) {
            return " ";
        }
    }

    /**
     * Splits at blank lines; a block longer than {@link #MAX_CHARS} (text extracted from PDF has no
     * blank lines) is cut into chunks of about {@link #TARGET_CHUNK} characters at line ends that
     * close a sentence. Lines inside a paragraph are joined with spaces.
     */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String block : BLANK_LINES.split(text.replace("\r", ""))) {
            String[] lines = block.split("\n");
            StringBuilder current = new StringBuilder();
            for (String raw : lines) {
                String line = SPACES.matcher(UNWRITABLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line);
                boolean sentenceEnd = line.endsWith(".") || line.endsWith(";") || line.endsWith(":");
                if ((current.length() >= TARGET_CHUNK && sentenceEnd) || current.length() >= MAX_CHARS) {
                    keep(out, current.toString());
                    current.setLength(0);
                }
            }
            keep(out, current.toString());
        }
        return out;
    }

    private static void keep(List<String> out, String paragraph) {
        String p = paragraph.strip();
        if (p.length() > MAX_CHARS) {
            int cut = p.lastIndexOf(' ', MAX_CHARS);
            p = p.substring(0, cut > MIN_CHARS ? cut : MAX_CHARS);
        }
        if (p.length() >= MIN_CHARS && letterShare(p) >= 0.6) {
            out.add(p);
        }
    }

    private static double letterShare(String s) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return visible == 0 ? 0 : (double) letters / visible;
    }

    /**
     * Language from the folder layout of corpus-real ({@code kz} is Russian, {@code uz/*-latn},
     * {@code uz/*-cyrl}, US folders English), otherwise guessed from the script of the paragraph.
     */
    static String languageOf(Path file, String paragraph) {
        String path = file.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
        if (path.contains("/kz/")) {
            return "ru";
        }
        if (path.contains("/uz/") && path.contains("cyrl")) {
            return "uz-Cyrl";
        }
        if (path.contains("/uz/") && path.contains("latn")) {
            return "uz-Latn";
        }
        if (path.contains("/us-")) {
            return "en";
        }
        return guessLanguage(paragraph);
    }

    /** The paragraph's language by {@link LanguageIdentifier#byScript}; English when nothing tells. */
    static String guessLanguage(String text) {
        Language l = LanguageIdentifier.byScript(text);
        return l == Language.UNKNOWN ? Language.EN.code() : l.code();
    }
}

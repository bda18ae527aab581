package org.policylens.eval;

import org.policylens.model.DateValue;
import org.policylens.model.FactType;
import org.policylens.model.Qualifier;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One gold annotation file (see {@code src/test/resources/gold/GUIDELINES.md}): a header naming a passage
 * ({@code # source:} path relative to the shared folder, or to the project root when it starts with
 * {@value #PROJECT_PREFIX}; {@code # lines:} 1-based inclusive range; {@code # language:}; optional
 * {@code # set:}; optional {@code # encoding:} of the source, UTF-8 by default) and a TSV table
 * {@code type text value qualifier date}. {@code # lines: all} (real-document gold, {@code gold/real/}) names the
 * whole document as the ingester reads it (PDF, DOCX, HTML through Tika); such files also carry
 * {@code # split: dev|heldout}. In {@code text}, the two characters {@code \n} stand for a line
 * break of the raw passage.
 */
public record GoldFile(String name, String source, int firstLine, int lastLine, String language, String set,
                       Charset encoding, List<GoldFact> facts, String split) {
    /** A source with this prefix is one of the project's own files, resolved against the project root. */
    public static final String PROJECT_PREFIX = "project:";
    static final String HEADER = "type\ttext\tvalue\tqualifier\tdate";
    private static final Pattern LINES = Pattern.compile("(\\d+)-(\\d+)");
    /** No grouping, no exponent, no trailing zeros after the point, no leading zeros. */
    static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d*[1-9])?");
    /** The canonical act ids of CONTRACTS.md and the README. */
    static final Pattern ACT_ID = Pattern.compile(
            "(PF|PQ|VMQ|ORQ)-\\d+(-[IVX]+)?|KZ-(UKAZ|LAW|PP)-\\d+(-[IVX]+)?|EO-\\d+|PL-\\d+-\\d+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The development split of the real-document gold: studied and tuned on. */
    public static final String DEV = "dev";
    /** The held-out split of the real-document gold: scored, never studied. */
    public static final String HELDOUT = "heldout";
    /** {@code firstLine} and {@code lastLine} of a {@code # lines: all} file. */
    static final int WHOLE = 0;

    public GoldFile {
        facts = List.copyOf(facts);
    }

    /** A gold file without a split (the project's passage gold). */
    public GoldFile(String name, String source, int firstLine, int lastLine, String language, String set,
                    Charset encoding, List<GoldFact> facts) {
        this(name, source, firstLine, lastLine, language, set, encoding, facts, "");
    }

    /** A UTF-8 source (the format before the {@code # encoding:} header existed). */
    public GoldFile(String name, String source, int firstLine, int lastLine, String language, String set,
                    List<GoldFact> facts) {
        this(name, source, firstLine, lastLine, language, set, StandardCharsets.UTF_8, facts);
    }

    /** True for {@code # lines: all}: the whole document, read through the ingester. */
    public boolean wholeDocument() {
        return firstLine == WHOLE;
    }

    /** {@code lines 3-17} or {@code whole document}, for reports. */
    public String extent() {
        return wholeDocument() ? "whole document" : "lines " + firstLine + "-" + lastLine;
    }

    /** True for the project's own text ({@code # source: project:…}), false for third-party text. */
    public boolean fromProject() {
        return source.startsWith(PROJECT_PREFIX);
    }

    /**
     * The annotated file: {@code source} under {@code sharedRoot}, or, for {@code project:} sources, under
     * {@code projectRoot}.
     */
    public Path sourcePath(Path sharedRoot, Path projectRoot) {
        return fromProject() ? projectRoot.resolve(source.substring(PROJECT_PREFIX.length()))
                : sharedRoot.resolve(source);
    }

    /** {@link #sourcePath(Path, Path)} with the working directory as the project root. */
    public Path sourcePath(Path sharedRoot) {
        return sourcePath(sharedRoot, Path.of(""));
    }

    /**
     * The report section: the {@code set} header when present (e.g. {@code seed}), else the language; for the
     * real-document gold the split and the language ({@code dev/en}), so it never mixes with the project's gold.
     */
    public String section() {
        String own = set.isEmpty() ? language : set;
        return split.isEmpty() ? own : split + "/" + own;
    }

    /** The publisher a real document came from: its file name up to the first '-' ({@code fedreg}, {@code lexuz}). */
    public String origin() {
        int dash = name.indexOf('-');
        String stem = name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
        return dash > 0 ? name.substring(0, dash) : stem;
    }

    public static GoldFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Every gold file under {@code directory}, sub-folders included (the real-document gold lives in {@code real/}). */
    public static List<GoldFile> readTree(Path directory) throws IOException {
        List<GoldFile> all = new ArrayList<>();
        try (var files = Files.walk(directory)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().toList()) {
                all.add(read(f));
            }
        }
        return all;
    }

    /** The gold files directly in {@code directory} (not its sub-folders). */
    public static List<GoldFile> readAll(Path directory) throws IOException {
        List<GoldFile> all = new ArrayList<>();
        try (var files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                all.add(read(f));
            }
        }
        return all;
    }

    public static GoldFile parse(String name, List<String> lines) {
        String source = "";
        String language = "";
        String set = "";
        String split = "";
        boolean whole = false;
        Charset encoding = StandardCharsets.UTF_8;
        int first = 0;
        int last = 0;
        boolean headerSeen = false;
        List<GoldFact> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(1, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                switch (key) {
                    case "source" -> source = value;
                    case "language" -> language = value;
                    case "set" -> set = value;
                    case "split" -> {
                        if (!value.equals(DEV) && !value.equals(HELDOUT)) {
                            throw error(name, lineNo, "split must be dev or heldout, got '" + value + "'");
                        }
                        split = value;
                    }
                    case "encoding" -> {
                        try {
                            encoding = Charset.forName(value);
                        } catch (IllegalArgumentException e) {   // illegal or unsupported charset name
                            throw error(name, lineNo, "unknown encoding '" + value + "'");
                        }
                    }
                    case "lines" -> {
                        if (value.equals("all")) {
                            whole = true;
                            continue;
                        }
                        var m = LINES.matcher(value);
                        if (!m.matches()) {
                            throw error(name, lineNo, "lines must be FIRST-LAST, got '" + value + "'");
                        }
                        first = Integer.parseInt(m.group(1));
                        last = Integer.parseInt(m.group(2));
                    }
                    default -> { } // free comments such as '# note:'
                }
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw error(name, lineNo, "expected the column header '" + HEADER.replace("\t", "<TAB>") + "'");
                }
                headerSeen = true;
                continue;
            }
            facts.add(parseFact(name, lineNo, line));
        }
        if (source.isEmpty() || language.isEmpty() || (!whole && (first < 1 || last < first))) {
            throw error(name, 0, "header needs '# source:', '# lines: FIRST-LAST' (or 'all') and '# language:'");
        }
        return whole ? new GoldFile(name, source, WHOLE, WHOLE, language, set, encoding, facts, split)
                : new GoldFile(name, source, first, last, language, set, encoding, facts, split);
    }

    private static GoldFact parseFact(String name, int lineNo, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 5) {
            throw error(name, lineNo, "expected 5 tab-separated columns, got " + cols.length);
        }
        FactType type;
        Qualifier qualifier;
        Optional<DateValue> date;
        try {
            type = FactType.valueOf(cols[0].trim());
            qualifier = Qualifier.fromCode(cols[3]);
            date = cols[4].isBlank() ? Optional.empty() : Optional.of(new DateValue(cols[4].trim()));
        } catch (IllegalArgumentException e) {
            throw error(name, lineNo, e.getMessage());
        }
        String text = cols[1].replace("\\n", "\n");
        if (text.isEmpty() || cols[2].isBlank()) {
            throw error(name, lineNo, "text and value must not be empty");
        }
        String value = cols[2].trim();
        String problem = valueProblem(type, value);
        if (problem != null) {
            throw error(name, lineNo, problem);
        }
        return new GoldFact(type, text, value, qualifier, date, lineNo);
    }

    /** Why {@code value} is not a valid normalized value of {@code type}, or null when it is. */
    static String valueProblem(FactType type, String value) {
        switch (type) {
            case DATE -> {
                try {
                    new DateValue(value);
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }
            case NUMBER, MONEY, PERCENT -> {
                if (!PLAIN_DECIMAL.matcher(value).matches()) {
                    return "not a plain decimal: " + value;
                }
            }
            case ACT -> {
                if (!ACT_ID.matcher(value).matches()) {
                    return "not a canonical act id: " + value;
                }
            }
            case PROGRAM -> {
                if (!value.equals(value.strip()) || value.matches(".*[\"«»“”].*")) {
                    return "programme name must be cleaned (no quotes): " + value;
                }
            }
        }
        return null;
    }

    private static GoldFormatException error(String name, int lineNo, String message) {
        return new GoldFormatException(name + (lineNo > 0 ? ":" + lineNo : "") + ": " + message);
    }

    /** {@link #passage(Path, Path)} with the working directory as the project root. */
    public String passage(Path sharedRoot) throws IOException {
        return passage(sharedRoot, Path.of(""));
    }

    /**
     * The annotated passage: raw lines {@code firstLine..lastLine} of {@link #sourcePath(Path, Path)}, decoded
     * with {@code encoding} and joined with '\n'. Undecodable bytes become U+FFFD; HTML/XML markup is stripped
     * crudely (tags removed, common entities decoded) so that evaluation never depends on the ingestion stage.
     */
    public String passage(Path sharedRoot, Path projectRoot) throws IOException {
        if (wholeDocument()) {
            throw new IOException(name + ": '# lines: all' is read through the ingester, not as raw lines");
        }
        var decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        byte[] bytes = Files.readAllBytes(sourcePath(sharedRoot, projectRoot));
        String all = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        // Raw lines as sed/grep count them: split on '\n' only ('\r' and U+2028 stay inside a line).
        List<String> raw = List.of(all.split("\n", -1));
        if (all.endsWith("\n")) {
            raw = raw.subList(0, raw.size() - 1);
        }
        if (lastLine > raw.size()) {
            throw new IOException(name + ": lines " + firstLine + "-" + lastLine + " but " + source + " has "
                    + raw.size() + " lines");
        }
        String text = String.join("\n", raw.subList(firstLine - 1, lastLine));
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".htm") || lower.endsWith(".html") || lower.endsWith(".xml")) {
            text = stripMarkup(text);
        }
        return text;
    }

    static String stripMarkup(String text) {
        String noTags = TAG.matcher(text).replaceAll("");
        return noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&#8212;", "\u2014").replace("&#8211;", "\u2013")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}

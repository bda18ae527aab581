package org.policylens.extract.program;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme gazetteer ({@code models/gazetteer/programs.tsv}: canonical, alias, language) as a word trie
 * over {@link NameKeys}. An entry whose canonical is {@code !} is a blocker: a longer non-programme name
 * (a university, a forum) whose match suppresses the shorter alias inside it. Immutable, thread-safe.
 */
public final class ProgramGazetteer {
    public static final String BLOCKED = "!";
    static final String RESOURCE = "/org/policylens/models/programs.tsv";
    static final Path PROJECT_FILE = Path.of("models", "gazetteer", "programs.tsv");

    /**
     * A trie node; {@code canonical} is set when an alias ends here, {@code capitals} when every alias ending here is
     * written in capitals (EINSTEIN, TUMO): such a name is a programme only in capitals, not as the word or name it
     * spells (Einstein).
     */
    static final class Node {
        final Map<String, Node> next = new HashMap<>();
        String canonical;
        boolean capitals;
    }

    private final Node root = new Node();
    private final int maxWords;
    /** The first characters of the keys that start a name: most words of a text start none. */
    private final String keyInitials;

    private ProgramGazetteer(List<String[]> entries) {
        int max = 0;
        for (String[] e : entries) {
            List<String> keys = NameKeys.keys(e[1]);
            if (keys.isEmpty()) {
                continue;
            }
            Node n = root;
            for (String k : keys) {
                n = n.next.computeIfAbsent(k, x -> new Node());
            }
            boolean capitals = capitals(e[1]);
            n.capitals = n.canonical == null ? capitals : n.capitals && capitals;
            if (n.canonical == null || BLOCKED.equals(e[0])) {
                n.canonical = e[0];
            }
            max = Math.max(max, keys.size());
        }
        maxWords = max;
        StringBuilder initials = new StringBuilder();
        root.next.keySet().forEach(k -> initials.append(k.charAt(0)));
        keyInitials = initials.toString();
    }

    /** Whether a name is written in capitals: two letters or more, none lower case. */
    static boolean capitals(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static final class Holder {
        static final ProgramGazetteer DEFAULT = loadDefault();
    }

    /** The project's gazetteer ({@code models/gazetteer/programs.tsv} when present, else the bundled copy). */
    public static ProgramGazetteer standard() {
        return Holder.DEFAULT;
    }

    public static ProgramGazetteer parse(BufferedReader reader) throws IOException {
        List<String[]> entries = new java.util.ArrayList<>();
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (header && cols[0].equals("canonical")) {
                header = false;
                continue;
            }
            header = false;
            if (cols.length >= 2 && !cols[0].isBlank() && !cols[1].isBlank()) {
                entries.add(new String[]{cols[0].strip(), cols[1].strip()});
                if (!BLOCKED.equals(cols[0].strip())) {
                    entries.add(new String[]{cols[0].strip(), cols[0].strip()});
                }
            }
        }
        return new ProgramGazetteer(entries);
    }

    private static ProgramGazetteer loadDefault() {
        try {
            if (Files.isRegularFile(PROJECT_FILE)) {
                try (BufferedReader r = Files.newBufferedReader(PROJECT_FILE, StandardCharsets.UTF_8)) {
                    return parse(r);
                }
            }
            try (InputStream in = ProgramGazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return new ProgramGazetteer(List.of());
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the programme gazetteer", e);
        }
    }

    Node root() {
        return root;
    }

    int maxWords() {
        return maxWords;
    }

    /** Whether a name can start with a word whose key starts with {@code keyInitial}. */
    boolean mayStartWith(char keyInitial) {
        return keyInitials.indexOf(keyInitial) >= 0;
    }

    /** The canonical name (or {@link #BLOCKED}) of a whole name, if the gazetteer knows it. */
    public Optional<String> canonical(String name) {
        Node n = root;
        for (String k : NameKeys.keys(name)) {
            n = n.next.get(k);
            if (n == null) {
                return Optional.empty();
            }
        }
        return n == root ? Optional.empty() : Optional.ofNullable(n.canonical);
    }
}

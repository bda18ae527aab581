package org.policylens.export;

import org.junit.jupiter.api.Test;
import org.policylens.model.Fact;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsJsonlWriterTest {
    @Test
    void oneObjectPerLineWithTheCsvFieldsAndNumericOffsets() throws Exception {
        StringWriter out = new StringWriter();
        new FactsJsonlWriter().write(List.of(ExportFixtures.money(), ExportFixtures.act()), out);
        String[] lines = out.toString().split("\n", -1);
        assertEquals(3, lines.length);
        assertEquals("", lines[2]);
        Map<String, Object> money = new TinyJson(lines[0]).object();
        assertEquals(FactsCsvWriter.header(), List.copyOf(money.keySet()));
        assertEquals(16L, money.get("start"));
        assertEquals(31L, money.get("end"));
        assertEquals("corpus/a, b.txt", money.get("document"));
        assertEquals("Exports reached USD 140 million, \"a record\". =SUM(A1) <script>alert(1)</script>",
                money.get("sentence"));
        assertEquals("PF-6079", new TinyJson(lines[1]).object().get("value"));
    }

    @Test
    void escaperRoundTripsEveryAwkwardCharacter() {
        String nasty = "q\" b\\ n\n r\r t\t nul\u0000 esc\u001b ls\u2028 ps\u2029 del\u007f кириллица o‘zbek 😀";
        String quoted = JsonStrings.quote(nasty);
        assertFalse(quoted.chars().anyMatch(c -> c < 0x20 || c == 0x2028 || c == 0x2029), quoted);
        assertTrue(quoted.contains("\\u2028") && quoted.contains("\\u0000") && quoted.contains("\\u001b"), quoted);
        assertEquals(nasty, new TinyJson(quoted).string());
    }

    @Test
    void aFactWhoseTextHasControlCharactersStillGivesOneLine() throws Exception {
        Fact f = ExportFixtures.money();
        Fact odd = new Fact(f.document(), f.span(), "USD\n140\u2028million", f.value(), f.qualifier(), f.when(),
                "sub\"ject\\", f.sentence(), f.sentenceText());
        StringWriter out = new StringWriter();
        new FactsJsonlWriter().write(List.of(odd), out);
        assertEquals(1, out.toString().split("\n").length);
        Map<String, Object> o = new TinyJson(out.toString().strip()).object();
        assertEquals("USD\n140\u2028million", o.get("text"));
        assertEquals("sub\"ject\\", o.get("subject"));
    }

    /** Just enough of a JSON parser for flat objects of strings and integers; strict about what it accepts. */
    static final class TinyJson {
        private final String s;
        private int i;

        TinyJson(String s) {
            this.s = s;
        }

        Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            expect('{');
            while (true) {
                String key = string();
                expect(':');
                out.put(key, s.charAt(i) == '"' ? string() : integer());
                if (s.charAt(i) == '}') {
                    i++;
                    break;
                }
                expect(',');
            }
            if (i != s.length()) {
                throw new IllegalArgumentException("trailing input at " + i);
            }
            return out;
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException("raw control character at " + (i - 1));
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape \\" + e);
                }
            }
        }

        private long integer() {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            return Long.parseLong(s.substring(start, i));
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i + " in " + s);
            }
            i++;
        }
    }
}

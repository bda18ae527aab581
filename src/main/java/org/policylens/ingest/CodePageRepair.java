package org.policylens.ingest;

import org.policylens.lang.Letters;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs Cyrillic text whose bytes were decoded in the wrong code page (mojibake), one run of text (a paragraph) at a
 * time, before the language is identified.
 *
 * <p>Its producers: a PDF font with a Windows-1251 (or KOI8-R) encoding and no Unicode map, read as WinAnsi
 * ({@code Ïðåçèäåíò}); an HTML or text file with a wrong or missing charset ({@code Ïðåçèäåíò} again, or UTF-8 read as
 * Windows-1252, {@code Ð¿Ñ€Ð¸}, or as Windows-1251, {@code РїСЂРё}). The repair turns each char back into the byte the
 * wrong code page gave it and decodes that byte in the right one.
 *
 * <p>Precision first, since a false repair destroys good text. A single-byte repair needs two words or more made only
 * of such chars (of two letters or more: no real French, German or Uzbek Latin word is, since each holds plain ASCII
 * letters), a good share of the run's words, and its result must read like our Cyrillic languages: many of their
 * frequent letters, each word in one case. A short run (a heading, a table cell) needs one such word once its document
 * showed the code page ({@link Evidence}). A UTF-8 repair needs the run's bytes to be valid UTF-8 with several
 * multi-byte letters, which real text in those code pages practically never is. Words with ASCII letters are never
 * touched. Runs without the telltale chars cost one scan of their chars.
 */
final class CodePageRepair {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset KOI8_R = Charset.forName("KOI8-R");

    /** Windows-1252's chars at bytes 0x80–0x9F (U+FFFD where the byte is undefined), to turn them back into bytes. */
    private static final String CP1252_HIGH = new String(bytes(0x80, 0xA0), CP1252);
    private static final String CP1251_ALL = new String(bytes(0x80, 0x100), CP1251);
    private static final String KOI8_ALL = new String(bytes(0x80, 0x100), KOI8_R);
    /** What Windows-1251 shows for 0xD0 and 0xD1, the lead bytes of UTF-8's Cyrillic letters. */
    private static final char UTF8_LEAD_D0 = CP1251_ALL.charAt(0xD0 - 0x80);
    private static final char UTF8_LEAD_D1 = CP1251_ALL.charAt(0xD1 - 0x80);

    /** Below this many Latin-1 letters (or UTF-8 lead-byte look-alikes) a run is left as it is without a closer look. */
    private static final int MIN_TELLTALE = 3;
    /** The same, for a run of a document that already showed a wrong code page ({@code ¸êè}: ёки). */
    private static final int MIN_SHORT_TELLTALE = 2;
    /** A repaired run's words must hold at least this many letters in all. */
    private static final int MIN_LETTERS = 6;
    /** The same, for a run of a document that already showed a wrong code page. */
    private static final int MIN_SHORT_LETTERS = 3;
    /**
     * Share of letters among {@link Letters#CYRILLIC_FREQUENT} a repaired run must reach: real Russian and Uzbek text
     * 0.70–0.85 a paragraph (short Uzbek runs rich in ў ш й down to 0.52), Kazakh about 0.61, letters at random 0.48.
     */
    private static final double MIN_FREQUENT = 0.5;
    /** Share of words written in one case (lower, upper or capitalised) a repaired run must reach. */
    private static final double MIN_ONE_CASE = 0.8;
    /** KOI8-R is taken over a readable Windows-1251 only when this much more of its letters are lower case. */
    private static final double KOI8_LOWER_MARGIN = 0.3;
    /** A UTF-8 repair needs at least this many multi-byte chars. */
    private static final int MIN_MULTIBYTE = 2;

    private CodePageRepair() {
    }

    /** The text with each of its paragraphs (runs between blank lines) repaired; the same instance when none is. */
    static String repairParagraphs(String text) {
        if (!telltale(text, MIN_TELLTALE)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        int start = 0;
        while (start < text.length()) {
            int end = paragraphEnd(text, start);
            String paragraph = text.substring(start, end);
            String repaired = repair(paragraph);
            changed |= repaired != paragraph;
            out.append(repaired);
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            out.append(text, end, next);
            start = next;
        }
        return changed ? out.toString() : text;
    }

    /** Where the paragraph from {@code start} ends: at a line break followed by a blank line, or at the end. */
    private static int paragraphEnd(String text, int start) {
        int i = text.indexOf('\n', start);
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                return i;
            }
            i = text.indexOf('\n', i + 1);
        }
        return text.length();
    }

    /**
     * How much a run must show of a wrong code page: all the evidence on its own ({@link #RUN}), or less when its
     * document already showed that single-byte code page in runs that had all of it: then one word of three letters or
     * more, read in that code page, whatever the run's other words. Such a short run (a heading, a table cell, a line
     * of mixed languages) tells too little alone, neither whether it is wrong nor in which code page.
     */
    enum Evidence {
        RUN, WINDOWS_1251_DOCUMENT, KOI8_R_DOCUMENT
    }

    /** The run repaired, or the same instance when it shows no wrong code page. */
    static String repair(String run) {
        return repair(run, Evidence.RUN);
    }

    /**
     * The run repaired, or the same instance when it shows no wrong code page. With a document's evidence only its
     * single-byte code page is repaired, so the run keeps its length.
     */
    static String repair(String run, Evidence evidence) {
        if (evidence != Evidence.RUN) {
            String page = evidence == Evidence.KOI8_R_DOCUMENT ? KOI8_ALL : CP1251_ALL;
            String repaired = telltale(run, MIN_SHORT_TELLTALE) ? singleByte(run, page, false) : null;
            return repaired == null ? run : repaired;
        }
        if (!telltale(run, MIN_TELLTALE)) {
            return run;
        }
        String utf8 = utf8(run);
        if (utf8 != null) {
            return utf8;
        }
        String cp1251 = singleByte(run, CP1251_ALL, true);
        String koi8 = singleByte(run, KOI8_ALL, true);
        if (cp1251 == null) {
            return koi8 == null ? run : koi8;
        }
        if (koi8 == null) {
            return cp1251;
        }
        // both readable: running text is mostly lower case, and its frequent letters are more of it; where the two
        // disagree (one word, a heading in capitals) Windows-1251, by far the commoner, is taken
        boolean koi8Reads = lowerShare(koi8) > lowerShare(cp1251) + KOI8_LOWER_MARGIN
                && frequentShare(koi8) > frequentShare(cp1251);
        return koi8Reads ? koi8 : cp1251;
    }

    private static double lowerShare(String s) {
        int letters = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                lower += Character.isLowerCase(c) ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) lower / letters;
    }

    /**
     * The evidence a run repaired from {@code original} to {@code repaired} gives its document: the single-byte code
     * page it was read in, or {@link Evidence#RUN} for UTF-8 (whose short runs show it well enough on their own).
     */
    static Evidence documentEvidence(String original, String repaired) {
        if (original.length() != repaired.length()) {
            return Evidence.RUN;
        }
        for (int i = 0; i < original.length(); i++) {
            if (original.charAt(i) != repaired.charAt(i)) {
                int b = latinByte(original.charAt(i));
                return b >= 0x80 && KOI8_ALL.charAt(b - 0x80) == repaired.charAt(i) && CP1251_ALL.charAt(b - 0x80)
                        != repaired.charAt(i) ? Evidence.KOI8_R_DOCUMENT : Evidence.WINDOWS_1251_DOCUMENT;
            }
        }
        return Evidence.RUN;
    }

    /** The fast pre-check: enough chars of U+00C0–U+00FF, or of UTF-8's Cyrillic lead bytes read as Windows-1251. */
    private static boolean telltale(String run, int min) {
        int latin = 0;
        int lead = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= '\u00C0' && c <= '\u00FF') {
                latin++;
            } else if ((c == UTF8_LEAD_D0 || c == UTF8_LEAD_D1) && i + 1 < run.length() && continuationIn1251(run.charAt(i + 1))) {
                lead++;
            }
        }
        return latin >= min || lead >= min;
    }

    /** True when {@code c} is what Windows-1251 shows for a UTF-8 continuation byte (0x80–0xBF). */
    private static boolean continuationIn1251(char c) {
        int i = CP1251_ALL.indexOf(c);
        return i >= 0 && i < 0x40 && c != '\uFFFD';
    }

    // ---- UTF-8 read in a single-byte code page

    /** The run's UTF-8 decoding when its chars, as Windows-1252 or Windows-1251 bytes, are UTF-8 with Cyrillic letters. */
    private static String utf8(String run) {
        for (boolean cp1251 : new boolean[] {false, true}) {
            byte[] b = new byte[run.length()];
            int multibyte = 0;
            boolean ok = true;
            for (int i = 0; i < run.length() && ok; i++) {
                int v = cp1251 ? byteIn(run.charAt(i), CP1251_ALL) : latinByte(run.charAt(i));
                if (v < 0 && !cp1251 && run.charAt(i) == '\uFFFD' && i > 0) {
                    v = lostContinuation(run.charAt(i - 1));
                }
                ok = v >= 0;
                b[i] = (byte) v;
                multibyte += v >= 0xC2 && v <= 0xF4 ? 1 : 0;
            }
            if (!ok || multibyte < MIN_MULTIBYTE) {
                continue;
            }
            String decoded = strictUtf8(b);
            if (decoded != null && cyrillicLetters(decoded) >= MIN_MULTIBYTE) {
                return decoded;
            }
        }
        return null;
    }

    /**
     * Java's Windows-1252 decodes its five undefined bytes as U+FFFD, and three of them follow a Cyrillic lead byte
     * often: after {@code Ð} (0xD0) 0x90 is А and 0x9D Н, after {@code Ñ} (0xD1) 0x81 is с, 0x8D э, 0x8F я. The byte of
     * the most frequent letter is taken (А, с): a letter possibly wrong in place of a paragraph lost.
     */
    private static int lostContinuation(char lead) {
        return lead == '\u00D0' ? 0x90 : lead == '\u00D1' ? 0x81 : -1;
    }

    private static String strictUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(ByteBuffer.wrap(b));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int cyrillicLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC ? 1 : 0;
        }
        return n;
    }

    // ---- a single-byte Cyrillic code page read as Windows-1252 / Latin-1

    /**
     * The run with its wrongly decoded words read in {@code codePage} (its chars for bytes 0x80–0xFF), or null when the
     * run does not show that code page read as Windows-1252: too few words made only of such chars, or a result that
     * does not read like our Cyrillic languages. Not {@code alone} (its document showed this code page), one such
     * word of {@link #MIN_SHORT_LETTERS} is enough, whatever the run's other words.
     */
    private static String singleByte(String run, String codePage, boolean alone) {
        int suspectWords = 0;
        int plainWords = 0;
        int letters = 0;
        int oneCase = 0;
        StringBuilder out = new StringBuilder(run);
        StringBuilder repairedLetters = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            if (!wordChar(run.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean suspect = true;
            while (i < run.length() && wordChar(run.charAt(i))) {
                int b = latinByte(run.charAt(i));
                suspect &= b >= 0x80 && Character.isLetter(codePage.charAt(b - 0x80));
                i++;
            }
            if (i - start < 2) {
                continue;
            }
            if (!suspect) {
                plainWords++;
                continue;
            }
            suspectWords++;
            letters += i - start;
            for (int k = start; k < i; k++) {
                char c = codePage.charAt(latinByte(run.charAt(k)) - 0x80);
                out.setCharAt(k, c);
                repairedLetters.append(c);
            }
            oneCase += oneCase(out, start, i) ? 1 : 0;
        }
        // alone, the frequent letters tell a Cyrillic reading from junk; a document's evidence has settled that
        boolean enough = alone
                ? suspectWords >= 2 && letters >= MIN_LETTERS
                        && suspectWords * 3 >= plainWords && oneCase >= MIN_ONE_CASE * suspectWords
                        && frequentShare(repairedLetters) >= MIN_FREQUENT
                : suspectWords >= 1 && letters >= MIN_SHORT_LETTERS && oneCase == suspectWords;
        if (!enough) {
            return null;
        }
        repairRest(run, out, codePage);
        return out.toString();
    }

    /**
     * The chars outside words (one-letter words, signs such as {@code ¹} for {@code №}) decoded as well, where that
     * code page has a letter or a sign there; words holding ASCII or other letters are kept.
     */
    private static void repairRest(String run, StringBuilder out, String codePage) {
        int i = 0;
        while (i < run.length()) {
            int start = i;
            boolean word = wordChar(run.charAt(i));
            boolean plain = false;
            while (i < run.length() && wordChar(run.charAt(i)) == word) {
                int b = latinByte(run.charAt(i));
                plain |= word && (b < 0x80 || !Character.isLetter(codePage.charAt(b - 0x80)));
                i++;
            }
            if (plain || (word && i - start >= 2)) {
                continue; // a kept word, or one already repaired
            }
            for (int k = start; k < i; k++) {
                int b = latinByte(run.charAt(k));
                char c = b >= 0x80 ? codePage.charAt(b - 0x80) : '\uFFFD';
                if (c != '\uFFFD' && (word || codePage == CP1251_ALL)) {
                    out.setCharAt(k, c);
                }
            }
        }
    }

    /** A letter, or a Windows-1252 char that stands for a letter of Windows-1251 or KOI8-R ({@code ¢} for ў). */
    private static boolean wordChar(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int b = latinByte(c);
        return b >= 0x80 && (Character.isLetter(CP1251_ALL.charAt(b - 0x80)) || Character.isLetter(KOI8_ALL.charAt(b - 0x80)));
    }

    private static boolean oneCase(CharSequence s, int start, int end) {
        boolean restLower = true;
        boolean allUpper = true;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            allUpper &= !Character.isLowerCase(c);
            restLower &= k == start || !Character.isUpperCase(c);
        }
        return restLower || allUpper;
    }

    private static double frequentShare(CharSequence s) {
        int letters = 0;
        int frequent = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                frequent += Letters.in(Letters.CYRILLIC_FREQUENT, c) ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) frequent / letters;
    }

    /** The byte Windows-1252 (or Latin-1, for its C1 controls) shows as {@code c}; -1 when there is none. */
    private static int latinByte(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF) || (c >= 0x80 && c < 0xA0)) {
            return c;
        }
        int i = CP1252_HIGH.indexOf(c);
        return c == '\uFFFD' || i < 0 ? -1 : 0x80 + i;
    }

    /** The byte {@code codePage} (its chars for 0x80–0xFF) shows as {@code c}, ASCII as itself; -1 when there is none. */
    private static int byteIn(char c, String codePage) {
        if (c < 0x80) {
            return c;
        }
        int i = codePage.indexOf(c);
        return c == '\uFFFD' || i < 0 ? -1 : 0x80 + i;
    }

    private static byte[] bytes(int from, int to) {
        byte[] b = new byte[to - from];
        for (int i = from; i < to; i++) {
            b[i - from] = (byte) i;
        }
        return b;
    }
}

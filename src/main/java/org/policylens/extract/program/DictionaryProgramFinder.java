package org.policylens.extract.program;

import org.policylens.budget.Budget;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds gazetteer programme names in a matching view: longest match over consecutive words that are
 * separated only by spaces, dashes or a dot. Case-insensitive, apostrophe-insensitive, both scripts, but a
 * match must show an uppercase letter or a digit (so lowercase prose like "digital bridge" is not a name) or be
 * the whole of a quotation ({@code (“temir daftar”)}), and must not be part of a domain or address
 * ({@code uzbekcoders.uz}). Linear in the text length.
 */
final class DictionaryProgramFinder {
    record Match(Span span, String canonical) {
    }

    private final ProgramGazetteer gazetteer;

    DictionaryProgramFinder(ProgramGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Match> find(String view) {
        List<Match> out = new ArrayList<>();
        List<NameKeys.Word> words = NameKeys.words(view, 0, view.length());
        String[] keys = new String[words.size()]; // made on first use: most words start no name
        int i = 0;
        while (i < words.size()) {
            if (!gazetteer.mayStartWith(words.get(i).keyInitial(view))) {
                i++;
                continue;
            }
            Budget.check();
            ProgramGazetteer.Node n = gazetteer.root();
            int bestEnd = -1;
            String best = null;
            for (int j = i; j < words.size() && j - i < gazetteer.maxWords(); j++) {
                if (j > i && !joined(view, words.get(j - 1).end(), words.get(j).start())) {
                    break;
                }
                if (keys[j] == null) {
                    keys[j] = words.get(j).key(view);
                }
                n = n.next.get(keys[j]);
                if (n == null) {
                    break;
                }
                if (n.canonical != null && (!n.capitals || ProgramGazetteer.capitals(
                        view.substring(words.get(i).start(), words.get(j).end())))) {
                    bestEnd = j;
                    best = n.canonical;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Span span = new Span(words.get(i).start(), words.get(bestEnd).end());
            if (!ProgramGazetteer.BLOCKED.equals(best) && (showsCase(view, span) || wholeQuote(view, span)) && !inAddress(view, span)) {
                out.add(new Match(span, best));
            }
            i = bestEnd + 1;
        }
        return out;
    }

    private static boolean joined(String v, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        int dots = 0;
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c == '.') {
                dots++;
            } else if (c != ' ' && c != '\n' && c != '\t' && c != '-' && c != '–' && c != '—') {
                return false;
            }
        }
        return dots <= 1;
    }

    private static boolean showsCase(String v, Span s) {
        for (int k = s.start(); k < s.end(); k++) {
            char c = v.charAt(k);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeQuote(String v, Span s) {
        return s.start() > 0 && s.end() < v.length() && "«“„\"".indexOf(v.charAt(s.start() - 1)) >= 0
                && "»”“\"".indexOf(v.charAt(s.end())) >= 0;
    }

    private static boolean inAddress(String v, Span s) {
        int a = s.start() - 1;
        int b = s.end();
        boolean before = a >= 0 && (v.charAt(a) == '/' || v.charAt(a) == '@' || v.charAt(a) == '.');
        boolean after = b + 1 < v.length() && (v.charAt(b) == '.' || v.charAt(b) == '@' || v.charAt(b) == '/')
                && Character.isLetterOrDigit(v.charAt(b + 1));
        return before || after;
    }
}

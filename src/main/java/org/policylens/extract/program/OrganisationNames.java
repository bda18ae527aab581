package org.policylens.extract.program;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;
import org.policylens.model.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names of organisations taken for programmes: a name whose head is an organisation word ({@code Accountability
 * Council}, {@code Ассоциация}, {@code Yoshlar ittifoqi}), or whose programme head follows one ({@code 3rd Generation
 * Partnership Project}, a consortium), or that opens with one before its complement ({@code Council of Economic
 * Advisers}, {@code Ассоциация банков}) names an organisation or its own standing body. Russian puts a head first,
 * so there only the first word counts. The organisation words of every
 * language count, as a name keeps its language inside another's text.
 */
final class OrganisationNames {

    private OrganisationNames() {
    }

    /** Whether a name (as in the matching view) of a text in {@code language} is headed by an organisation word. */
    static boolean isOrganisation(String name, Language language) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        if (language == Language.RU) {
            // Russian puts the head first and its complement after it: «Ассоциация банков», not «Программа … институтов»
            return Vocabularies.RUSSIAN.isOrganisationWord(first);
        }
        String last = words.get(words.size() - 1);
        if (isOrganisationWord(last)) {
            return true;
        }
        if (words.size() >= 2 && isProgrammeHead(last) && isOrganisationWord(words.get(words.size() - 2))) {
            return true;
        }
        // an English head before its complement: "Council of Economic Advisers", but not "Department of Government
        // Efficiency Workforce Optimization Initiative", headed by its programme word
        return words.size() >= 2 && isOrganisationWord(first) && isConnector(words.get(1)) && !isProgrammeHead(last);
    }

    private static boolean isConnector(String word) {
        return Vocabularies.ALL.stream().anyMatch(v -> v.nameConnectors().contains(word));
    }

    private static boolean isOrganisationWord(String word) {
        for (Vocabulary v : Vocabularies.ALL) {
            if (v.isOrganisationWord(word)) {
                return true;
            }
        }
        return false;
    }

    /** A head word of capitalised names or a programme cue ({@code project}, {@code loyihasi}). */
    private static boolean isProgrammeHead(String word) {
        for (Vocabulary v : Vocabularies.ALL) {
            if (v.nameHeads().contains(word)) {
                return true;
            }
            for (String cue : v.programCues()) {
                if (word.startsWith(cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lowercase words of a name: letters, with the apostrophes of Uzbek Latin inside them. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean inner = c == '\'' && !word.isEmpty() && i + 1 < name.length() && Character.isLetter(name.charAt(i + 1));
            if (Character.isLetter(c) || inner) {
                word.append(c);
            } else if (!word.isEmpty()) {
                out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}

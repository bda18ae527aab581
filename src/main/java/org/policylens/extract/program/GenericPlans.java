package org.policylens.extract.program;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kinds of planning document that every body has, taken for programmes: {@code Strategic Plan}, {@code Agency
 * Strategic Plan}, {@code IT Strategic Plan}, {@code GPRA Strategic Plan} (the plan a statute requires of every agency),
 * {@code Стратегический план}, {@code Vazirlikning strategik rejasi}, {@code «Стратегиялық жоспар»}. A name is such a
 * kind when, past its owner words at the front (acronyms of an office or a statute, organisation words, possessives,
 * articles and generic words), only the kind is left; a name with words of its own ({@code Strategic Plan for Economic
 * Recovery}, {@code Federal Zero Trust Strategy}) stays a name. The kinds of every language count, as a name keeps its
 * language inside another's text.
 */
final class GenericPlans {
    private static final Pattern KIND = Pattern.compile(Vocabularies.alternatives(Vocabulary::genericPlans),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A word of the name: letters, digits and the apostrophes, dots and hyphens inside it ({@code U.S.}, {@code Agency's}). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*+");

    private GenericPlans() {
    }

    /** Whether a name (as in the matching view) is a generic kind of plan after its owner words. */
    static boolean isGenericPlan(String name) {
        Matcher w = WORD.matcher(name);
        while (w.find()) {
            if (KIND.matcher(name).region(w.start(), name.length()).matches()) {
                return true;
            }
            if (!ownerWord(w.group())) {
                return false;
            }
        }
        return false;
    }

    /** An acronym ({@code IT}, {@code GPRA}, {@code U.S.}), a possessive, an organisation word or a generic word. */
    private static boolean ownerWord(String word) {
        String bare = word.replaceAll("[.]+$", "");
        if (bare.endsWith("'s") || bare.endsWith("’s")) {
            return true;
        }
        if (acronym(bare)) {
            return true;
        }
        String lower = bare.toLowerCase(Locale.ROOT);
        for (Vocabulary v : Vocabularies.ALL) {
            if (v.isOrganisationWord(lower) || v.nameEdgeWords().contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Two or more capitals and no lowercase letter. */
    private static boolean acronym(String word) {
        int capitals = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return capitals >= 2;
    }
}

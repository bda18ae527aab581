package org.policylens.extract.date;

import org.policylens.lang.Vocabularies;
import org.policylens.lang.Vocabulary;

import java.util.regex.Pattern;

/**
 * A base-year word right before a year ({@code in constant 2019 dollars}, {@code fiscal year 2005 prices}): the year
 * names the prices a figure is given in. One pattern for both readers of it: the date finder (such a year is a
 * date) and the amount finder (it is no amount).
 */
public final class BaseYear {
    /** A base-year word ending the text before the year, matched in a region that ends at the year. */
    public static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}])(?:"
            + Vocabularies.union(Vocabulary::baseYearWords) + ")\\s++$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private BaseYear() {
    }
}

package org.policylens.ingest;

import org.apache.tika.parser.html.DefaultHtmlMapper;

import java.util.Locale;
import java.util.Set;

/**
 * Tika's HTML mapping, plus discarding (with all their content) the elements that carry site chrome
 * rather than document text. Tika drops unknown elements but keeps their text, so {@code <nav>} links
 * would otherwise reach the extracted text.
 */
final class BoilerplateFreeHtmlMapper extends DefaultHtmlMapper {
    static final BoilerplateFreeHtmlMapper INSTANCE = new BoilerplateFreeHtmlMapper();

    private static final Set<String> DISCARDED = Set.of(
            "nav", "menu", "noscript", "template", "svg", "iframe", "button", "select", "form");

    @Override
    public boolean isDiscardElement(String name) {
        return super.isDiscardElement(name) || DISCARDED.contains(name.toLowerCase(Locale.ROOT));
    }
}

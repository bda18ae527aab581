package org.policylens.ingest;

import org.policylens.model.Span;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the extracted text from Tika's XHTML events, with paragraph and page spans.
 *
 * <p>Block elements end a paragraph; inside a block, text is either hard-wrapped (PDF, plain text,
 * {@code <pre>}: lines are rejoined by {@link LineUnwrapper}) or HTML-flowed (newlines are plain spaces).
 * Paragraphs are separated by a blank line, or by a single newline when a kept line break splits them.
 * Content of script, style, nav, head and similar elements never reaches the text.
 */
final class StructuredTextHandler extends DefaultHandler {

    /** Thrown to stop the parse once the write limit is reached; the text gathered so far is kept. */
    static final class WriteLimitReached extends SAXException {
        WriteLimitReached(int limit) {
            super("write limit of " + limit + " characters reached");
        }
    }

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre",
            "blockquote", "table", "tr", "td", "th", "caption", "section", "article", "main", "aside",
            "figure", "figcaption", "address", "hr", "center", "form", "fieldset", "body", "html");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "nav", "head", "title", "noscript", "template", "svg", "button", "select",
            "option", "iframe", "object", "embed", "menu");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final int writeLimit;
    private final StringBuilder text = new StringBuilder();
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<Span> pages = new ArrayList<>();
    private final StringBuilder block = new StringBuilder();
    private boolean flowed;          // HTML whitespace rules: a newline is just a space
    private int preDepth;
    private int skipDepth;
    private int headingDepth;
    private String firstHeading;
    private final StringBuilder headingText = new StringBuilder();
    private int written;
    private boolean truncated;
    private int pageFirstParagraph = -1;
    private int divDepth;
    private int pageDivDepth = -1;
    /** Depth of the {@code <div class="ocr">} Tika wraps Tesseract's text in, or -1 outside one. */
    private int ocrDivDepth = -1;
    private boolean nextIsHardBreak = true;
    /** The single-byte code page some paragraph was found decoded in wrongly ({@link CodePageRepair}), else RUN. */
    private CodePageRepair.Evidence documentEvidence = CodePageRepair.Evidence.RUN;

    StructuredTextHandler(int writeLimit) {
        this.writeLimit = writeLimit;
    }

    /** Switches to HTML whitespace rules (set from the detected media type before parsing starts). */
    void setFlowed(boolean flowed) {
        this.flowed = flowed;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        if ("div".equals(name)) {
            divDepth++;
            if ("page".equals(atts.getValue("class"))) {
                flushBlock();
                pageFirstParagraph = paragraphs.size();
                pageDivDepth = divDepth;
                return;
            }
            if ("ocr".equals(atts.getValue("class"))) {
                flushBlock();
                ocrDivDepth = divDepth;
            }
        }
        if (BLOCKS.contains(name)) {
            flushBlock();
            nextIsHardBreak = true;
        } else if ("br".equals(name)) {
            block.append('\n');
        }
        if ("pre".equals(name)) {
            preDepth++;
        }
        if (HEADINGS.contains(name)) {
            headingDepth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        if ("div".equals(name) && divDepth == ocrDivDepth) {
            flushBlock();
            ocrDivDepth = -1;
        }
        if ("div".equals(name) && divDepth-- == pageDivDepth && pageFirstParagraph >= 0) {
            flushBlock();
            int start = pageFirstParagraph < paragraphs.size() ? paragraphs.get(pageFirstParagraph).start() : text.length();
            pages.add(new Span(start, text.length()));
            pageFirstParagraph = -1;
            nextIsHardBreak = true;
            return;
        }
        if (BLOCKS.contains(name)) {
            flushBlock();
            nextIsHardBreak = true;
        }
        if ("pre".equals(name)) {
            preDepth = Math.max(0, preDepth - 1);
        }
        if (HEADINGS.contains(name)) {
            headingDepth = Math.max(0, headingDepth - 1);
            if (headingDepth == 0 && firstHeading == null) {
                String h = LineUnwrapper.cleanLine(CodePageRepair.repair(headingText.toString()));
                if (!h.isEmpty()) {
                    firstHeading = h;
                }
            }
            headingText.setLength(0);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0 || length == 0) {
            return;
        }
        int room = writeLimit - written;
        int take = Math.min(room, length);
        block.append(ch, start, take);
        if (headingDepth > 0 && firstHeading == null) {
            headingText.append(ch, start, take);
        }
        written += take;
        if (take < length) {
            truncated = true;
            throw new WriteLimitReached(writeLimit);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    /** Flushes pending text; call once after the parse (also after it stopped early). */
    void finish() {
        flushBlock();
        if (documentEvidence != CodePageRepair.Evidence.RUN) {
            repairShortParagraphs();
        }
        if (pageFirstParagraph >= 0) {
            int start = pageFirstParagraph < paragraphs.size() ? paragraphs.get(pageFirstParagraph).start() : text.length();
            pages.add(new Span(start, text.length()));
            pageFirstParagraph = -1;
        }
    }

    /**
     * Once some paragraph showed a wrong code page, the document's other paragraphs need less evidence (a heading or a
     * table cell of one word tells too little alone). Such a repair keeps each char's place, so the spans hold.
     */
    private void repairShortParagraphs() {
        for (Span p : paragraphs) {
            String s = text.substring(p.start(), p.end());
            String r = CodePageRepair.repair(s, documentEvidence);
            if (r != s && r.length() == s.length()) {
                text.replace(p.start(), p.end(), r);
            }
        }
        if (firstHeading != null) {
            firstHeading = CodePageRepair.repair(firstHeading, documentEvidence);
        }
    }

    /** What the document showed of a wrong single-byte code page: which one, or RUN for none. */
    CodePageRepair.Evidence codePageEvidence() {
        return documentEvidence;
    }

    String text() {
        return text.toString();
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    List<Span> pages() {
        return pages;
    }

    boolean truncated() {
        return truncated;
    }

    /** Text of the first h1–h6, or null. */
    String firstHeading() {
        return firstHeading;
    }

    private void flushBlock() {
        if (block.isEmpty()) {
            return;
        }
        // text decoded in a wrong code page is repaired before lines are rejoined (that looks at the letters)
        String original = block.toString();
        String raw = CodePageRepair.repairParagraphs(original);
        if (raw != original && documentEvidence == CodePageRepair.Evidence.RUN) {
            documentEvidence = CodePageRepair.documentEvidence(original, raw);
        }
        if (flowed && preDepth == 0) {
            String para = LineUnwrapper.cleanLine(raw);
            if (!para.isEmpty()) {
                append(para, nextIsHardBreak);
                nextIsHardBreak = false;
            }
        } else {
            for (LineUnwrapper.Para para : LineUnwrapper.unwrap(raw, ocrDivDepth >= 0)) {
                append(para.text(), nextIsHardBreak || para.afterBlankLine());
                nextIsHardBreak = false;
            }
        }
        block.setLength(0);
    }

    private void append(String para, boolean hardBreak) {
        if (!text.isEmpty()) {
            text.append(hardBreak ? "\n\n" : "\n");
        }
        int start = text.length();
        text.append(para);
        paragraphs.add(new Span(start, text.length()));
    }

    private static String name(String localName, String qName) {
        String n = localName == null || localName.isEmpty() ? qName : localName;
        return n == null ? "" : n.toLowerCase(Locale.ROOT);
    }
}

package org.policylens.ingest;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * Parses generic XML (USLM laws, Federal Register and executive-order XML) keeping its structure:
 * Tika's own XML parser concatenates all text nodes, which glues words of adjacent elements together
 * and loses every paragraph. Here known block elements, and line breaks between elements of
 * pretty-printed files, become paragraphs; other element boundaries become spaces.
 */
final class XmlStructureParser extends AbstractParser {

    static final Set<MediaType> TYPES = Set.of(MediaType.APPLICATION_XML, MediaType.text("xml"));

    private static final Set<String> BLOCKS = Set.of(
            "p", "fp", "hd", "heading", "title", "subtitle", "longtitle", "officialtitle", "section", "subsection",
            "paragraph", "subparagraph", "clause", "subclause", "item", "subitem", "content", "chapeau",
            "continuation", "level", "division", "part", "subpart", "chapter", "subchapter", "article", "row",
            "tr", "entry", "li", "list", "note", "notes", "sig", "toc", "enactingformula", "preface", "preamble",
            "action", "actiondescription", "block", "para", "caption", "figure", "preamb", "execordr", "title3",
            "pres", "psig", "place", "date", "frdoc", "billing", "gpotable", "agency", "subagy", "subject",
            "summary", "rule", "notice", "prorule", "presdocu", "doc", "body", "sum", "agy", "act", "dates",
            "add", "furinf", "supplinf", "regtext", "amdpar", "auth", "sectno", "extract", "ttitle", "boxhd",
            "ched", "signatures", "signature", "docnumber", "citableas", "dc:title", "legis-body", "form",
            "text", "header", "quote", "quotedcontent", "definition", "proviso", "attestation", "endmarker");
    private static final Set<String> SKIPPED = Set.of("meta", "processedby", "processeddate", "printer",
            "frdocbp", "billingcode", "prtpage", "gid");

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        BlockEmitter emitter = new BlockEmitter(xhtml, metadata);
        try {
            XMLReaderUtils.parseSAX(stream, emitter, context);
        } finally {
            emitter.close();
        }
        xhtml.endDocument();
    }

    /** Re-emits the XML as a flat sequence of XHTML paragraphs. */
    private static final class BlockEmitter extends DefaultHandler {
        private final XHTMLContentHandler xhtml;
        private final Metadata metadata;
        private final StringBuilder pending = new StringBuilder();
        private boolean open;
        private int skipDepth;
        private StringBuilder title;

        BlockEmitter(XHTMLContentHandler xhtml, Metadata metadata) {
            this.xhtml = xhtml;
            this.metadata = metadata;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String name = name(localName, qName);
            if (skipDepth > 0 || SKIPPED.contains(name)) {
                skipDepth++;
                if ("title".equals(name) && uri != null && uri.contains("purl.org/dc")
                        && metadata.get(TikaCoreProperties.TITLE) == null) {
                    title = new StringBuilder();
                }
                return;
            }
            boundary(BLOCKS.contains(name) || BLOCKS.contains(qName.toLowerCase(Locale.ROOT)));
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (skipDepth > 0) {
                skipDepth--;
                if (title != null) {
                    String t = LineUnwrapper.cleanLine(title.toString());
                    if (!t.isEmpty()) {
                        metadata.set(TikaCoreProperties.TITLE, t);
                    }
                    title = null;
                }
                return;
            }
            String name = name(localName, qName);
            boundary(BLOCKS.contains(name) || BLOCKS.contains(qName.toLowerCase(Locale.ROOT)));
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (skipDepth > 0) {
                if (title != null) {
                    title.append(ch, start, length);
                }
                return;
            }
            if (isBlank(ch, start, length)) {
                // a line break between elements of a pretty-printed file separates blocks
                boolean newline = false;
                for (int i = start; i < start + length; i++) {
                    newline |= ch[i] == '\n';
                }
                if (newline) {
                    boundary(true);
                } else {
                    pending.append(' ');
                }
                return;
            }
            if (isBlank(pending) && ".,;:)]}".indexOf(ch[start]) >= 0) {
                pending.setLength(0);   // no space between an inline element and the punctuation after it
            }
            for (int i = start; i < start + length; i++) {
                // newlines inside a text node are layout, not structure
                pending.append(ch[i] == '\n' || ch[i] == '\r' ? ' ' : ch[i]);
            }
            flushPending();
        }

        private void boundary(boolean block) throws SAXException {
            if (block) {
                if (open) {
                    xhtml.endElement("p");
                    open = false;
                }
                pending.setLength(0);
            } else {
                pending.append(' ');
            }
        }

        private void flushPending() throws SAXException {
            if (!open) {
                xhtml.startElement("p");
                open = true;
            }
            xhtml.characters(pending.toString());
            pending.setLength(0);
        }

        void close() throws SAXException {
            if (open) {
                xhtml.endElement("p");
                open = false;
            }
        }

        private static boolean isBlank(CharSequence s) {
            return s.chars().allMatch(Character::isWhitespace);
        }

        private static boolean isBlank(char[] ch, int start, int length) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    return false;
                }
            }
            return true;
        }

        private static String name(String localName, String qName) {
            String n = localName == null || localName.isEmpty() ? qName : localName;
            return n.toLowerCase(Locale.ROOT);
        }
    }
}

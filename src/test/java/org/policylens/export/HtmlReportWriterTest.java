package org.policylens.export;

import org.junit.jupiter.api.Test;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.MetadataKeys;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportWriterTest {
    private static final Document ARTICLE = new Document(new DocumentId("article.txt"), Path.of("article.txt"),
            "text/plain", "en", ExportFixtures.TEXT, List.of(), List.of(),
            Map.of(MetadataKeys.TITLE, "Title <i>x</i> & co", MetadataKeys.CONTENT_HASH, "h"));

    private static String render(HtmlReportWriter writer) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(ARTICLE, ExportFixtures.report(), out);
        return out.toString();
    }

    @Test
    void documentTextIsEscapedEverywhere() throws Exception {
        String html = render(new HtmlReportWriter());
        assertFalse(html.contains("<script"), "no live script element");
        assertFalse(html.contains("<b>bold</b>"), "evidence markup is text");
        assertFalse(html.contains("<entry>"), "finding messages are escaped");
        assertFalse(html.contains("<i>x</i>"), "title is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&quot;a record&quot;"));
        assertTrue(html.contains("Title &lt;i&gt;x&lt;/i&gt; &amp; co"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void summaryHighlightsEvidenceAndFindings() throws Exception {
        String html = render(new HtmlReportWriter());
        assertTrue(html.contains("<tr><td>Claims</td><td>3</td></tr>"), html);
        assertTrue(html.contains("<td>Supported</td><td>1</td>"));
        assertTrue(html.contains("<td>Contradicted</td><td>1</td>"));
        assertTrue(html.contains("<td>Not found</td><td>1</td>"));
        assertTrue(html.contains("<mark class=\"supported\" id=\"at-C001\""), html);
        assertTrue(html.contains("<mark class=\"contradicted\" id=\"at-C002\""), html);
        // C003 has the same span as C001: only its number is shown, linking to its entry
        assertTrue(html.contains("<sup><a href=\"#C003\">3</a></sup>"), html);
        assertTrue(html.contains("<li class=\"claim not-found\" id=\"C003\">"));
        assertTrue(html.contains("href=\"sources/uz%20report.pdf#page=4\""), html);
        assertTrue(html.contains(", page 4"));
        assertTrue(html.contains("href=\"file:///abs/pf-6079.txt\""), html);
        assertTrue(html.contains("PF-6079@2020-10-06"));
        assertTrue(html.contains("<b>DANGLING_CITATION</b>"));
        assertTrue(html.contains("“[9]”"));
        assertEquals(1, html.split("<h2>Article integrity</h2>", -1).length - 1);
        // the whole article text survives, in order
        assertTrue(html.contains("Decree <mark"));
    }

    @Test
    void aRootMakesFileLinks() throws Exception {
        String html = render(new HtmlReportWriter(Path.of("/data/corpus")));
        assertTrue(html.contains("href=\"file:///data/corpus/sources/uz%20report.pdf#page=4\""), html);
    }

    @Test
    void integrityComesFirstAndEachClaimSitsBesideItsParagraphWithItsReason() throws Exception {
        String html = render(new HtmlReportWriter());
        int integrity = html.indexOf("<h2>Article integrity</h2>");
        int claims = html.indexOf("<h2>Claims and evidence</h2>");
        assertTrue(integrity > 0 && integrity < claims, "findings before the claims");
        // the paragraph holding C001 is followed, in the same grid row, by the C001 card (not by the rest of the article)
        int mark = html.indexOf("id=\"at-C001\"");
        int card = html.indexOf("id=\"C001\"");
        String between = html.substring(mark, card);
        assertTrue(between.contains("<ol class=\"claims\">") && !between.contains("<div class=\"para"), between);
        assertTrue(html.contains("Why: values agree: 140000000 ~ 140000000; near both [export]"), html);
    }

    @Test
    void verdictFilterNeedsNoScript() throws Exception {
        String html = render(new HtmlReportWriter());
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("<input type=\"radio\" name=\"show\" id=\"show-contradicted\" class=\"f-contradicted\">"), html);
        assertTrue(html.contains("<label for=\"show-contradicted\">Contradicted (1)</label>"), html);
        assertTrue(html.contains(".f-contradicted:checked~.body li.claim:not(.contradicted)"), html);
    }

    @Test
    void markdownIsShownAsText() throws Exception {
        String text = "# Digital **Uzbekistan**\n\nThe [decree](https://lex.uz/x) names `IT Park` and *five* areas.\n\n- one\n- two\n";
        Document md = new Document(new DocumentId("a.md"), Path.of("a.md"), "text/x-web-markdown", "en", text, List.of(),
                List.of(), Map.of(MetadataKeys.CONTENT_HASH, "m"));
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(md, org.policylens.verify.VerificationReport.of(md.id(), List.of(), List.of(), 0), out);
        String html = out.toString();
        assertTrue(html.contains("<h3 class=\"md\">Digital Uzbekistan</h3>"), html);
        assertTrue(html.contains("The decree names IT Park and five areas."), html);
        assertTrue(html.contains("• one\n• two"), html);
        assertFalse(html.contains("**") || html.contains("](") || html.contains("`"), html);
    }

    @Test
    void severalArticlesKeepTheirIdsApart() throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(List.of(new HtmlReportWriter.Article(ARTICLE, ExportFixtures.report()),
                new HtmlReportWriter.Article(ARTICLE, ExportFixtures.report())), out);
        String html = out.toString();
        assertTrue(html.contains("id=\"a1-C001\"") && html.contains("id=\"a2-C001\""), html);
        assertTrue(html.contains("name=\"a2-show\""), html);
    }
}

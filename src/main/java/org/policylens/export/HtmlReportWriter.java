package org.policylens.export;

import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Evidence;
import org.policylens.model.Fact;
import org.policylens.model.Verdict;
import org.policylens.verify.ClaimedValues;
import org.policylens.model.Span;
import org.policylens.verify.ExcludedCopy;
import org.policylens.verify.IntegrityFinding;
import org.policylens.verify.VerificationReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A self-contained HTML report (inline CSS, no scripts, so it works under a strict Content-Security-Policy):
 * per article its counts, the copies of it left out as evidence and its integrity findings at the top, a
 * filter by verdict (radio buttons and CSS alone), then the article paragraph by paragraph with each claim
 * highlighted and, beside the paragraph, its claims with verdict, reason and evidence (a link to the evidence
 * document, at its page for paged formats). A Markdown article is shown as text: heading marks, emphasis,
 * code ticks and link targets are left out. Every piece of document text is HTML-escaped, so a document
 * containing markup shows it as text.
 */
public final class HtmlReportWriter {
    private static final int EXCERPT = 240;
    private static final String[][] FILTERS = {{"all", "All"}, {"supported", "Supported"},
            {"contradicted", "Contradicted"}, {"not-found", "Not found"}};
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}[ \\t]+");
    private static final Pattern MD_LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("\\*\\*|__|`|(?<![\\p{L}\\p{N}])[*_](?=\\S)|(?<=\\S)[*_](?![\\p{L}\\p{N}])");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\s]*\\)");
    private static final Pattern MD_BULLET = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]+");
    private static final String CSS = """
            body{font:15px/1.5 system-ui,sans-serif;max-width:84rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
            h3.md{font-size:1.1rem;margin:.2rem 0}
            table.summary{border-collapse:collapse}table.summary td{padding:.2rem .8rem;border:1px solid #ddd}
            .para{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1rem;border-top:1px solid #eee;padding:.6rem 0}
            .para>.text{white-space:pre-wrap;font-family:Georgia,serif}
            .para.plain{grid-template-columns:minmax(0,1fr)}
            @media (max-width:50rem){.para{grid-template-columns:minmax(0,1fr)}}
            mark{padding:0 .1rem;border-radius:3px}
            .supported{background:#c8ecc8}.contradicted{background:#f7c2c2}.not-found{background:#e2e2e2}
            ol.claims{margin:0;padding:0;list-style:none}
            li.claim{margin:0 0 .6rem;padding:.4rem .6rem;border-left:5px solid #bbb;overflow-wrap:anywhere}
            li.supported{border-color:#2e8b2e;background:#f2fbf2}li.contradicted{border-color:#c62828;background:#fdf1f1}
            li.not-found{border-color:#999;background:#f6f6f6}
            blockquote{margin:.3rem 0 .3rem 1rem;color:#444;font-style:italic}
            .meta{color:#555;font-size:.9em}.reason{font-size:.9em}sup a{text-decoration:none}
            .filter{margin:1rem 0}.filter input{position:absolute;opacity:0}
            .filter label{display:inline-block;padding:.2rem .7rem;margin-right:.3rem;border:1px solid #bbb;border-radius:1rem;cursor:pointer}
            .filter input:checked+label{background:#333;color:#fff}
            .filter input:focus-visible+label{outline:2px solid #06c}
            .f-supported:checked~.body li.claim:not(.supported),
            .f-contradicted:checked~.body li.claim:not(.contradicted),
            .f-not-found:checked~.body li.claim:not(.not-found){display:none}
            .findings{background:#fff8e1;border:1px solid #f0d890;padding:.5rem 1rem}
            """;

    /** An article and what verification found about it. */
    public record Article(Document document, VerificationReport report) {
    }

    private final Optional<Path> documentRoot;

    /** Evidence links stay relative to the report (document ids are paths as given). */
    public HtmlReportWriter() {
        this.documentRoot = Optional.empty();
    }

    /** Evidence links are {@code file:} URIs of the document ids resolved against {@code documentRoot}. */
    public HtmlReportWriter(Path documentRoot) {
        this.documentRoot = Optional.of(documentRoot);
    }

    public void write(List<Article> articles, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(articles, out);
        }
    }

    public void write(Document article, VerificationReport report, Path file) throws IOException {
        write(List.of(new Article(article, report)), file);
    }

    /** Writes the report to {@code out}, flushing but not closing it. */
    public void write(Document article, VerificationReport report, Writer out) throws IOException {
        write(List.of(new Article(article, report)), out);
    }

    /** One page, one section per article; flushes but does not close {@code out}. */
    public void write(List<Article> articles, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(4096);
        String name = articles.size() == 1 ? nameOf(articles.get(0).document()) : articles.size() + " articles";
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Verification: ")
                .append(Markup.escape(name)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>Verification report</h1>\n");
        for (int i = 0; i < articles.size(); i++) {
            section(articles.get(i), articles.size() == 1 ? "" : "a" + (i + 1) + "-", b);
        }
        b.append("</body>\n</html>\n");
        out.write(b.toString());
        out.flush();
    }

    private static String nameOf(Document d) {
        return d.title().isBlank() ? d.id().value() : d.title();
    }

    /** One article; {@code prefix} keeps element ids and radio groups apart when a page holds several. */
    private void section(Article a, String prefix, StringBuilder b) {
        Document article = a.document();
        VerificationReport report = a.report();
        b.append("<section class=\"report\">\n<p class=\"meta\">Article: ").append(Markup.escape(article.id().value()));
        if (!article.title().isBlank()) {
            b.append(" — ").append(Markup.escape(article.title()));
        }
        b.append("</p>\n");
        summary(report, b);
        b.append("<h2>Article integrity</h2>\n");
        integrity(article.text(), report, b);
        List<Verdict> verdicts = report.verdicts();
        b.append("<h2>Claims and evidence</h2>\n<div class=\"filter\">\n");
        int[] counts = {verdicts.size(), report.counts().supported(), report.counts().contradicted(),
                report.counts().notFound()};
        for (int i = 0; i < FILTERS.length; i++) {
            String id = Markup.escape(prefix) + "show-" + FILTERS[i][0];
            b.append("<input type=\"radio\" name=\"").append(Markup.escape(prefix)).append("show\" id=\"").append(id)
                    .append("\" class=\"f-").append(FILTERS[i][0]).append('"').append(i == 0 ? " checked" : "")
                    .append("><label for=\"").append(id).append("\">").append(FILTERS[i][1]).append(" (")
                    .append(counts[i]).append(")</label>\n");
        }
        b.append("<div class=\"body\">\n");
        body(article, verdicts, prefix, b);
        b.append("</div>\n</div>\n</section>\n");
    }

    private static void summary(VerificationReport r, StringBuilder b) {
        VerificationReport.Counts c = r.counts();
        b.append("<table class=\"summary\">\n")
                .append("<tr><td>Claims</td><td>").append(c.claims()).append("</td></tr>\n")
                .append("<tr class=\"supported\"><td>Supported</td><td>").append(c.supported()).append("</td></tr>\n")
                .append("<tr class=\"contradicted\"><td>Contradicted</td><td>").append(c.contradicted())
                .append("</td></tr>\n")
                .append("<tr class=\"not-found\"><td>Not found</td><td>").append(c.notFound()).append("</td></tr>\n")
                .append("<tr><td>Integrity findings</td><td>").append(r.findings().size()).append("</td></tr>\n");
        if (!r.copies().isEmpty()) {
            b.append("<tr><td>Copies of the article excluded</td><td>").append(r.copies().size()).append("</td></tr>\n");
        }
        if (c.lookupFailures() > 0) {
            b.append("<tr><td>Failed lookups</td><td>").append(c.lookupFailures()).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** The article paragraph by paragraph, each beside the cards of the claims it holds. */
    private void body(Document article, List<Verdict> verdicts, String prefix, StringBuilder b) {
        String text = article.text();
        boolean markdown = isMarkdown(article);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> verdicts.get(i).claim().fact().span()));
        int next = 0;
        for (Span p : paragraphs(text)) {
            List<Integer> inside = new ArrayList<>();
            while (next < order.size() && verdicts.get(order.get(next)).claim().fact().span().start() < p.end()) {
                inside.add(order.get(next++));
            }
            boolean heading = markdown && MD_HEADING.matcher(p.of(text)).find();
            b.append("<div class=\"para").append(inside.isEmpty() ? " plain" : "").append("\"><div class=\"text\">")
                    .append(heading ? "<h3 class=\"md\">" : "");
            paragraph(text, p, verdicts, inside, markdown, prefix, b);
            b.append(heading ? "</h3>" : "").append("</div>");
            if (!inside.isEmpty()) {
                b.append("<ol class=\"claims\">");
                for (int i : inside) {
                    claim(verdicts.get(i), i, prefix, b);
                }
                b.append("</ol>");
            }
            b.append("</div>\n");
        }
        if (verdicts.isEmpty()) {
            b.append("<p>No facts were found in the article.</p>\n");
        }
    }

    /** The article's paragraphs: blank-line separated blocks (the whole text when it has none). */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                out.add(new Span(from, m.start()));
            }
            from = m.end();
        }
        if (from < text.length()) {
            out.add(new Span(from, text.length()));
        }
        return out;
    }

    /** One paragraph with its claims marked; a claim inside an earlier mark gets only its number. */
    private static void paragraph(String text, Span p, List<Verdict> verdicts, List<Integer> inside, boolean markdown,
                                  String prefix, StringBuilder b) {
        int cursor = p.start();
        if (markdown) {
            Matcher h = MD_HEADING.matcher(p.of(text));
            if (h.find()) {
                cursor += h.end();
            }
        }
        for (int i : inside) {
            Verdict v = verdicts.get(i);
            Fact f = v.claim().fact();
            if (f.span().end() > text.length()) {
                continue;
            }
            String id = Markup.escape(prefix + v.claim().id());
            String note = "<sup><a href=\"#" + id + "\">" + (i + 1) + "</a></sup>";
            if (f.span().start() < cursor) {
                b.append(note);
                continue;
            }
            b.append(shown(text.substring(cursor, f.span().start()), markdown));
            b.append("<mark class=\"").append(cssClass(v)).append("\" id=\"at-").append(id)
                    .append("\" title=\"").append(Markup.escape(tooltip(v))).append("\">")
                    .append(Markup.escape(f.text())).append(note).append("</mark>");
            cursor = f.span().end();
        }
        b.append(shown(text.substring(Math.min(cursor, p.end()), p.end()), markdown));
    }

    /** Escaped text; for Markdown without its markup (emphasis, code ticks, link targets, bullet marks). */
    static String shown(String s, boolean markdown) {
        if (!markdown) {
            return Markup.escape(s);
        }
        // a whole link keeps its text; the target of a link cut by a claim mark is dropped all the same
        String t = MD_LINK_TARGET.matcher(MD_LINK.matcher(s).replaceAll("$1")).replaceAll("");
        t = MD_BULLET.matcher(t).replaceAll("• ");
        return Markup.escape(MD_EMPHASIS.matcher(t).replaceAll(""));
    }

    private static boolean isMarkdown(Document d) {
        String type = d.mediaType() == null ? "" : d.mediaType().toLowerCase(Locale.ROOT);
        String id = d.id().value().toLowerCase(Locale.ROOT);
        return type.contains("markdown") || id.endsWith(".md") || id.endsWith(".markdown");
    }

    private void claim(Verdict v, int index, String prefix, StringBuilder b) {
        Fact f = v.claim().fact();
        String id = Markup.escape(prefix + v.claim().id());
        b.append("<li class=\"claim ").append(cssClass(v)).append("\" id=\"").append(id).append("\">")
                .append("<b>").append(index + 1).append(". ").append(Markup.escape(v.claim().id())).append(' ')
                .append(v.label()).append("</b> <span class=\"meta\">")
                .append(f.type().name()).append(" · claimed ").append(Markup.escape(f.qualifier().code())).append(' ')
                .append(Markup.escape(ClaimedValues.format(f))).append(" · score ")
                .append(String.format(Locale.ROOT, "%.3f", v.score()))
                .append(" · <a href=\"#at-").append(id).append("\">in text</a></span>");
        Evidence e = VerificationCsvWriter.evidence(v);
        if (e != null) {
            String href = link(e.document()) + (e.page() > 0 ? "#page=" + e.page() : "");
            b.append("<div>Evidence: <a href=\"").append(Markup.escape(href)).append("\">")
                    .append(Markup.escape(e.document().value())).append("</a>");
            if (e.page() > 0) {
                b.append(", page ").append(e.page());
            }
            b.append(", value ").append(Markup.escape(e.value())).append("</div><blockquote>")
                    .append(Markup.escape(e.passage())).append("</blockquote>");
        } else {
            b.append("<div class=\"meta\">No source in the index states this.</div>");
        }
        if (!v.reason().isBlank()) {
            b.append("<div class=\"reason\">Why: ").append(Markup.escape(v.reason())).append("</div>");
        }
        b.append("</li>");
    }

    private static void integrity(String text, VerificationReport report, StringBuilder b) {
        List<IntegrityFinding> findings = report.findings();
        if (findings.isEmpty() && report.copies().isEmpty()) {
            b.append("<p>No problems found within the article.</p>\n");
            return;
        }
        b.append("<ul class=\"findings\">\n");
        for (ExcludedCopy copy : report.copies()) {
            b.append("<li><b>EXCLUDED_COPY</b>: excluded as a copy of the article: ")
                    .append(Markup.escape(copy.describe())).append("</li>\n");
        }
        for (IntegrityFinding f : findings) {
            b.append("<li><b>").append(f.kind().name()).append("</b>: ").append(Markup.escape(f.message()));
            if (f.span().end() <= text.length() && f.span().length() > 0) {
                String quote = f.span().of(text);
                if (quote.length() > EXCERPT) {
                    quote = quote.substring(0, EXCERPT) + "…";
                }
                b.append(" <span class=\"meta\">(at ").append(f.span().start()).append(": “")
                        .append(Markup.escape(quote)).append("”)</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static String tooltip(Verdict v) {
        Evidence e = VerificationCsvWriter.evidence(v);
        String base = v.claim().id() + " " + v.label();
        return e == null ? base : base + ": " + e.value() + " in " + e.document().value()
                + (e.page() > 0 ? " p. " + e.page() : "");
    }

    private static String cssClass(Verdict v) {
        if (v instanceof Verdict.Supported) {
            return "supported";
        }
        return v instanceof Verdict.Contradicted ? "contradicted" : "not-found";
    }

    /** A file: URI for absolute ids or when a root is known, else the id as a percent-encoded relative link. */
    String link(DocumentId id) {
        String value = id.value();
        if (value.matches("(?i)https?://\\S+")) {
            return value;
        }
        try {
            Path p = Path.of(value);
            if (p.isAbsolute()) {
                return p.toUri().toString();
            }
            if (documentRoot.isPresent()) {
                return documentRoot.get().resolve(p).toAbsolutePath().normalize().toUri().toString();
            }
        } catch (InvalidPathException e) {
            // not a path on this system: fall through to a plain encoded link
        }
        StringBuilder b = new StringBuilder();
        for (String segment : value.split("[/\\\\]", -1)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

}

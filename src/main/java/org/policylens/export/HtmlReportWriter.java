package org.policylens.export;

import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Evidence;
import org.policylens.model.Fact;
import org.policylens.model.Verdict;
import org.policylens.verify.ClaimedValues;
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

/**
 * A self-contained HTML report (inline CSS, no scripts): counts, the article with each claim highlighted by
 * verdict and numbered, every claim with its evidence, then the article's integrity findings. Every piece of
 * document text is HTML-escaped, so a document containing markup shows it as text.
 */
public final class HtmlReportWriter {
    private static final int EXCERPT = 240;
    private static final String CSS = """
            body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
            table.summary{border-collapse:collapse}table.summary td{padding:.2rem .8rem;border:1px solid #ddd}
            .article{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:1rem;font-family:Georgia,serif}
            mark{padding:0 .1rem;border-radius:3px}
            .supported{background:#c8ecc8}.contradicted{background:#f7c2c2}.not-found{background:#e2e2e2}
            li.claim{margin:.6rem 0;padding:.4rem .6rem;border-left:5px solid #bbb}
            li.supported{border-color:#2e8b2e;background:#f2fbf2}li.contradicted{border-color:#c62828;background:#fdf1f1}
            li.not-found{border-color:#999;background:#f6f6f6}
            blockquote{margin:.3rem 0 .3rem 1rem;color:#444;font-style:italic}
            .meta{color:#555;font-size:.9em}sup a{text-decoration:none}
            """;

    private final Optional<Path> documentRoot;

    /** Evidence links stay relative to the report (document ids are paths as given). */
    public HtmlReportWriter() {
        this.documentRoot = Optional.empty();
    }

    /** Evidence links are {@code file:} URIs of the document ids resolved against {@code documentRoot}. */
    public HtmlReportWriter(Path documentRoot) {
        this.documentRoot = Optional.of(documentRoot);
    }

    public void write(Document article, VerificationReport report, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(article, report, out);
        }
    }

    /** Writes the report to {@code out}, flushing but not closing it. */
    public void write(Document article, VerificationReport report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(article.text().length() * 2 + 4096);
        String name = article.title().isBlank() ? article.id().value() : article.title();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Verification: ")
                .append(Markup.escape(name)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>Verification report</h1>\n<p class=\"meta\">Article: ").append(Markup.escape(article.id().value()));
        if (!article.title().isBlank()) {
            b.append(" — ").append(Markup.escape(article.title()));
        }
        b.append("</p>\n");
        summary(report, b);
        List<Verdict> verdicts = report.verdicts();
        b.append("<h2>Article</h2>\n<div class=\"article\">");
        article(article.text(), verdicts, b);
        b.append("</div>\n<h2>Claims and evidence</h2>\n");
        claims(verdicts, b);
        b.append("<h2>Article integrity</h2>\n");
        integrity(article.text(), report.findings(), b);
        b.append("</body>\n</html>\n");
        out.write(b.toString());
        out.flush();
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
        if (c.lookupFailures() > 0) {
            b.append("<tr><td>Failed lookups</td><td>").append(c.lookupFailures()).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** The text with non-overlapping claims marked; a claim inside an earlier mark gets only its number. */
    private static void article(String text, List<Verdict> verdicts, StringBuilder b) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> verdicts.get(i).claim().fact().span()));
        int cursor = 0;
        for (int i : order) {
            Verdict v = verdicts.get(i);
            Fact f = v.claim().fact();
            if (f.span().end() > text.length()) {
                continue;
            }
            String cls = cssClass(v);
            String note = "<sup><a href=\"#" + Markup.escape(v.claim().id()) + "\">" + (i + 1) + "</a></sup>";
            if (f.span().start() < cursor) {
                b.append(note);
                continue;
            }
            b.append(Markup.escape(text.substring(cursor, f.span().start())));
            b.append("<mark class=\"").append(cls).append("\" id=\"at-").append(Markup.escape(v.claim().id()))
                    .append("\" title=\"").append(Markup.escape(tooltip(v))).append("\">")
                    .append(Markup.escape(f.text())).append(note).append("</mark>");
            cursor = f.span().end();
        }
        b.append(Markup.escape(text.substring(Math.min(cursor, text.length()))));
    }

    private void claims(List<Verdict> verdicts, StringBuilder b) {
        if (verdicts.isEmpty()) {
            b.append("<p>No facts were found in the article.</p>\n");
            return;
        }
        b.append("<ol class=\"claims\">\n");
        for (Verdict v : verdicts) {
            Fact f = v.claim().fact();
            String id = Markup.escape(v.claim().id());
            b.append("<li class=\"claim ").append(cssClass(v)).append("\" id=\"").append(id).append("\">")
                    .append("<b>").append(id).append(" ").append(v.label()).append("</b> <span class=\"meta\">")
                    .append(f.type().name()).append(" · claimed ").append(Markup.escape(f.qualifier().code())).append(' ')
                    .append(Markup.escape(ClaimedValues.format(f))).append(" · score ")
                    .append(String.format(Locale.ROOT, "%.3f", v.score()))
                    .append(" · <a href=\"#at-").append(id).append("\">in text</a></span>")
                    .append("<blockquote>").append(Markup.escape(f.sentenceText())).append("</blockquote>");
            Evidence e = VerificationCsvWriter.evidence(v);
            if (e != null) {
                b.append("<div>Evidence: <a href=\"").append(Markup.escape(link(e.document()))).append("\">")
                        .append(Markup.escape(e.document().value())).append("</a>");
                if (e.page() > 0) {
                    b.append(", page ").append(e.page());
                }
                b.append(", value ").append(Markup.escape(e.value())).append("</div><blockquote>")
                        .append(Markup.escape(e.passage())).append("</blockquote>");
            } else {
                b.append("<div class=\"meta\">No source in the index states this.</div>");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private static void integrity(String text, List<IntegrityFinding> findings, StringBuilder b) {
        if (findings.isEmpty()) {
            b.append("<p>No problems found within the article.</p>\n");
            return;
        }
        b.append("<ul class=\"integrity\">\n");
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

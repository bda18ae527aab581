package org.policylens.serve;

import org.policylens.export.HtmlReportWriter;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.MetadataKeys;
import org.policylens.pipeline.VerifyJob;
import org.policylens.verify.VerificationReport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verification page is the report {@link HtmlReportWriter} renders, as it renders it, with the site's top bar
 * and style sheet added. The report is a self-contained page with its own inline style, so it gets its own Content-Security-Policy:
 * inline style allowed, and scripts only those the writer itself emits for any article, allowed by hash (found by
 * rendering an empty report once), so text inside an article can never add one.
 */
final class ReportPage {
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD = Pattern.compile("<head\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private final HtmlReportWriter writer = new HtmlReportWriter();
    private final String policy;

    ReportPage() {
        Set<String> hashes = new TreeSet<>();
        Matcher m = SCRIPT.matcher(render(probe()));
        while (m.find()) {
            hashes.add("'sha256-" + sha256(m.group(1)) + "'");
        }
        String scripts = hashes.isEmpty() ? "'none'" : String.join(" ", hashes);
        this.policy = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src " + scripts
                + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    /** The Content-Security-Policy of the report page. */
    String policy() {
        return policy;
    }

    String render(VerifyJob.Result result) {
        String html = render(result.article(), result.report());
        Matcher body = BODY.matcher(html);
        if (body.find()) {
            html = html.substring(0, body.end()) + "\n" + Html.NAV + html.substring(body.end());
        }
        // the site's sheet first, so the report's own style wins wherever both style the same thing
        Matcher head = HEAD.matcher(html);
        return head.find() ? html.substring(0, head.end()) + "\n<link rel=\"stylesheet\" href=\"/style.css\">"
                + html.substring(head.end()) : html;
    }

    private String render(Document article, VerificationReport report) {
        StringWriter out = new StringWriter(article.text().length() * 2 + 8192);
        try {
            writer.write(article, report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String render(Probe p) {
        return render(p.article(), p.report());
    }

    private record Probe(Document article, VerificationReport report) {
    }

    private static Probe probe() {
        DocumentId id = new DocumentId("probe.txt");
        Document article = new Document(id, null, "text/plain", "en", "Probe.", List.of(), List.of(),
                Map.of(MetadataKeys.TITLE, "Probe"));
        return new Probe(article, VerificationReport.of(id, List.of(), List.of(), 0));
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

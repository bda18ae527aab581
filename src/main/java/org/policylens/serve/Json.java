package org.policylens.serve;

import org.policylens.export.JsonStrings;
import org.policylens.index.SearchHit;
import org.policylens.index.StoredDocument;
import org.policylens.model.Evidence;
import org.policylens.model.Fact;
import org.policylens.model.Verdict;
import org.policylens.pipeline.VerifyJob;
import org.policylens.verify.IntegrityFinding;
import org.policylens.verify.VerificationReport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API's bodies, built from the same objects the pages render. Field names follow the CSV contracts
 * (facts: {@code type,text,value,unit,qualifier,date,subject,start,end,sentence}).
 */
final class Json {
    private Json() {
    }

    static String search(SearchView v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("total", v.total());
        o.put("page", v.params().page());
        o.put("page_size", SearchParams.PAGE_SIZE);
        o.put("first_rank", v.params().firstRank());
        o.put("hits", v.hits().stream().map(Json::hit).toList());
        o.put("facets", v.facets());
        return write(o);
    }

    static String document(StoredDocument d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("document", d.id().value());
        o.put("title", d.title());
        o.put("type", d.documentType());
        o.put("language", d.language());
        o.put("date", d.date());
        o.put("content_hash", d.contentHash());
        o.put("text", d.text());
        o.put("passages", d.passages().stream().map(p -> Map.of("start", p.span().start(), "end", p.span().end(),
                "page", p.page())).toList());
        o.put("facts", d.facts().stream().map(Json::fact).toList());
        return write(o);
    }

    static String facts(StoredDocument d) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("document", d.id().value());
        o.put("facts", d.facts().stream().map(Json::fact).toList());
        return write(o);
    }

    static String act(ActView v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("act", v.act());
        o.put("documents", v.documents());
        o.put("citations", v.citations().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", hit(c.document()));
            m.put("mentions", c.mentions().stream().map(Json::fact).toList());
            m.put("stated", c.stated().stream().map(Json::fact).toList());
            return m;
        }).toList());
        o.put("timeline", v.timeline().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date().normalized());
            m.put("document", e.fact().document().value());
            m.put("fact", fact(e.fact()));
            return m;
        }).toList());
        o.put("facets", v.facets());
        return write(o);
    }

    static String verification(VerifyJob.Result r) {
        VerificationReport report = r.report();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("article", report.article().value());
        o.put("summary", report.summary());
        VerificationReport.Counts c = report.counts();
        o.put("counts", Map.of("claims", c.claims(), "supported", c.supported(), "contradicted", c.contradicted(),
                "not_found", c.notFound(), "lookup_failures", c.lookupFailures()));
        o.put("verdicts", report.verdicts().stream().map(Json::verdict).toList());
        o.put("findings", report.findings().stream().map(Json::finding).toList());
        return write(o);
    }

    static String error(int status, String message) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("status", status);
        o.put("error", message);
        return write(o);
    }

    private static Map<String, Object> hit(SearchHit h) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("document", h.document().value());
        o.put("title", h.title());
        o.put("type", h.documentType());
        o.put("language", h.language());
        o.put("date", h.date());
        o.put("score", h.score());
        o.put("page", h.page());
        o.put("passage", h.passage());
        return o;
    }

    static Map<String, Object> fact(Fact f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("document", f.document().value());
        o.put("type", f.type().name());
        o.put("text", f.text());
        o.put("value", f.value().normalized());
        o.put("unit", f.value().unit());
        o.put("qualifier", f.qualifier().code());
        o.put("date", f.when().map(d -> d.normalized()).orElse(""));
        o.put("subject", f.subject());
        o.put("start", f.span().start());
        o.put("end", f.span().end());
        o.put("sentence", f.sentenceText());
        return o;
    }

    private static Map<String, Object> verdict(Verdict v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("claim_id", v.claim().id());
        o.put("verdict", v.label());
        o.put("score", v.score());
        o.put("reason", v.reason());
        o.put("claim", fact(v.claim().fact()));
        Evidence e = v instanceof Verdict.Supported s ? s.evidence()
                : v instanceof Verdict.Contradicted c ? c.evidence() : null;
        if (e != null) {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("document", e.document().value());
            ev.put("page", e.page());
            ev.put("passage", e.passage());
            ev.put("value", e.value());
            o.put("evidence", ev);
        }
        return o;
    }

    private static Map<String, Object> finding(IntegrityFinding f) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", f.kind().name());
        o.put("message", f.message());
        o.put("start", f.span().start());
        o.put("end", f.span().end());
        return o;
    }

    /** Strings, numbers, booleans, null, maps (string keys) and lists, as compact JSON. */
    static String write(Object value) {
        StringBuilder b = new StringBuilder(256);
        write(value, b);
        return b.toString();
    }

    private static void write(Object value, StringBuilder b) {
        if (value == null) {
            b.append("null");
        } else if (value instanceof String s) {
            b.append(JsonStrings.quote(s));
        } else if (value instanceof Float f) {
            b.append(f.isNaN() || f.isInfinite() ? "null" : f.toString());
        } else if (value instanceof Double d) {
            b.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
        } else if (value instanceof Number || value instanceof Boolean) {
            b.append(value);
        } else if (value instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",").append(JsonStrings.quote(String.valueOf(e.getKey()))).append(':');
                write(e.getValue(), b);
                first = false;
            }
            b.append('}');
        } else if (value instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ",");
                write(l.get(i), b);
            }
            b.append(']');
        } else {
            b.append(JsonStrings.quote(value.toString()));
        }
    }
}

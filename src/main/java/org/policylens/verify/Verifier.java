package org.policylens.verify;

import org.policylens.index.CorpusIndex;
import org.policylens.index.FactHit;
import org.policylens.model.Claim;
import org.policylens.model.Document;
import org.policylens.model.Evidence;
import org.policylens.model.Fact;
import org.policylens.model.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks each fact of an article against the index. For every retrieved source fact about the same subject
 * (per {@link SubjectMatcher}) the type's {@link ValueComparator} says compatible or incompatible; a claim is
 * SUPPORTED when some such fact is compatible, CONTRADICTED when some is incompatible and none compatible,
 * NOT_FOUND otherwise. Evidence never comes from the article's own document or content hash.
 *
 * <p>Score of a verdict (in [0,1]), from its best evidence:
 * <pre>
 *   score = 0.2 * retrieval + 0.4 * subject + 0.4 * value
 *   retrieval = hit score / best hit score for this claim (Lucene scores are only comparable within a query)
 *   subject   = SubjectMatcher.similarity
 *   value     = closeness for SUPPORTED; 0.5 + 0.5 * (1 - closeness) for CONTRADICTED
 *               (a definite mismatch counts at least half; a far-off value counts more)
 * </pre>
 * NOT_FOUND has score 0. A failure of the index for one claim makes that claim NOT_FOUND with score 0 and
 * is counted in the report; the other claims go on.
 */
public final class Verifier {
    private static final double W_RETRIEVAL = 0.2;
    private static final double W_SUBJECT = 0.4;
    private static final double W_VALUE = 0.4;

    private final EvidenceRetriever retriever;
    private final SubjectMatcher subjects;
    private final ClaimBuilder claims = new ClaimBuilder();
    private final ArticleIntegrityChecker integrity = new ArticleIntegrityChecker();

    public Verifier(CorpusIndex index) {
        this(new EvidenceRetriever(index), new SubjectMatcher());
    }

    public Verifier(EvidenceRetriever retriever, SubjectMatcher subjects) {
        this.retriever = retriever;
        this.subjects = subjects;
    }

    /** One verdict per fact of the article, in claim (text) order. */
    public List<Verdict> verify(Document article, List<Fact> articleFacts) {
        return run(article, articleFacts).verdicts();
    }

    /** Verdicts, integrity findings and counts. */
    public VerificationReport report(Document article, List<Fact> articleFacts) {
        Run run = run(article, articleFacts);
        return VerificationReport.of(article.id(), run.verdicts(), integrity.check(article, articleFacts),
                run.failures());
    }

    private record Run(List<Verdict> verdicts, int failures) {
    }

    private Run run(Document article, List<Fact> articleFacts) {
        Set<String> exclude = new HashSet<>();
        if (!article.contentHash().isBlank()) {
            exclude.add(article.contentHash());
        }
        List<Verdict> out = new ArrayList<>();
        int failures = 0;
        for (Claim claim : claims.build(articleFacts)) {
            try {
                out.add(judge(claim, article, retriever.retrieve(claim, exclude)));
            } catch (RuntimeException e) {
                // one broken lookup (index I/O, a bad stored fact) must not sink the other claims
                failures++;
                out.add(new Verdict.NotFound(claim, 0.0));
            }
        }
        return new Run(out, failures);
    }

    private Verdict judge(Claim claim, Document article, List<FactHit> hits) {
        Fact c = claim.fact();
        float top = 0f;
        for (FactHit h : hits) {
            top = Math.max(top, h.score());
        }
        Candidate support = null;
        Candidate conflict = null;
        for (FactHit h : hits) {
            Fact s = h.fact();
            if (s.document().equals(article.id()) || s.type() != c.type()) {
                continue;
            }
            Comparison cmp = ValueComparator.compareFacts(c, s);
            if (cmp.outcome() == Comparison.Outcome.INCOMPARABLE) {
                continue;
            }
            double subject = subjects.similarity(c, s);
            if (subject < SubjectMatcher.SAME_SUBJECT) {
                continue;
            }
            double retrieval = top > 0f ? Math.max(0f, h.score()) / top : 0.0;
            double value = cmp.compatible() ? cmp.closeness() : 0.5 + 0.5 * (1 - cmp.closeness());
            double score = clamp(W_RETRIEVAL * retrieval + W_SUBJECT * subject + W_VALUE * value);
            Candidate cand = new Candidate(h, score);
            if (cmp.compatible()) {
                support = better(support, cand);
            } else {
                conflict = better(conflict, cand);
            }
        }
        if (support != null) {
            return new Verdict.Supported(claim, evidence(support.hit()), support.score());
        }
        if (conflict != null) {
            return new Verdict.Contradicted(claim, evidence(conflict.hit()), conflict.score());
        }
        return new Verdict.NotFound(claim, 0.0);
    }

    private record Candidate(FactHit hit, double score) {
    }

    private static Candidate better(Candidate current, Candidate next) {
        return current == null || next.score() > current.score() ? next : current;
    }

    private static Evidence evidence(FactHit hit) {
        Fact f = hit.fact();
        String passage = f.sentenceText().isBlank() ? f.text() : f.sentenceText();
        return new Evidence(f.document(), hit.page(), passage, ClaimedValues.format(f));
    }

    private static double clamp(double x) {
        return Double.isNaN(x) ? 0.0 : Math.max(0.0, Math.min(1.0, x));
    }
}

package org.policylens.verify;

import org.policylens.index.CorpusIndex;
import org.policylens.index.SignedDocument;
import org.policylens.index.TextSignature;
import org.policylens.model.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the indexed documents that are copies of an article: the same text in another format or version,
 * recognized by near-duplicate signatures ({@link TextSignature}) at least {@value #COPY_SIMILARITY} alike.
 * A copy restates the article, so it can never be evidence for it. The index's signatures are read once.
 */
public final class CopyFinder {
    public static final double COPY_SIMILARITY = 0.9;
    private final CorpusIndex index;
    private List<SignedDocument> signed;

    public CopyFinder(CorpusIndex index) {
        this.index = index;
    }

    /**
     * The copies of the article, most alike first and equally alike ones by id (the index's order of documents depends
     * on which thread indexed which file); the article's own indexed entry among them when indexed.
     */
    public synchronized List<ExcludedCopy> copiesOf(Document article) {
        if (signed == null) {
            signed = index.signatures();
        }
        TextSignature mine = TextSignature.of(article.text());
        List<ExcludedCopy> out = new ArrayList<>();
        for (SignedDocument d : signed) {
            double sim = mine.similarity(d.signature());
            if (sim >= COPY_SIMILARITY) {
                out.add(new ExcludedCopy(d.id(), d.contentHash(), sim));
            }
        }
        out.sort(Comparator.comparingDouble(ExcludedCopy::similarity).reversed()
                .thenComparing(c -> c.document().value()));
        return out;
    }
}

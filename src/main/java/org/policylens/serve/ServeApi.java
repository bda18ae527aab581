package org.policylens.serve;

import org.policylens.index.CorpusIndex;
import org.policylens.index.DocumentReader;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchResults;
import org.policylens.index.StoredDocument;
import org.policylens.model.ActRef;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.Span;
import org.policylens.pipeline.VerifyJob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the server answers, as objects: the JSON API serializes them and the pages render them, so both always say
 * the same. Documents are addressed by their index id only; nothing here reads a file a request names.
 */
final class ServeApi {
    /** Citing documents an act page lists (the facet counts cover all of them). */
    static final int ACT_DOCUMENTS = 200;
    private static final Pattern SAFE_EXTENSION = Pattern.compile("pdf|docx?|odt|rtf|html?|xml|txt|md|markdown");

    private final CorpusIndex index;
    private final DocumentReader documents;
    private final VerifyJob verifier;
    private final Function<String, Optional<String>> canonicalAct;

    ServeApi(CorpusIndex index, DocumentReader documents, VerifyJob verifier,
             Function<String, Optional<String>> canonicalAct) {
        this.index = index;
        this.documents = documents;
        this.verifier = verifier;
        this.canonicalAct = canonicalAct;
    }

    SearchView search(SearchParams params) {
        SearchResults results = index.search(params.request());
        List<SearchHit> all = results.hits();
        int from = Math.min(all.size(), params.firstRank() - 1);
        return new SearchView(params, results.totalHits(), all.subList(from, all.size()), results.facets());
    }

    Optional<StoredDocument> document(String id) {
        return documents.document(new DocumentId(id));
    }

    ActView act(String surface) {
        String act = canonical(surface);
        SearchResults citing = index.search(SearchParams.forAct(act).request(ACT_DOCUMENTS));
        List<ActView.Citation> citations = new ArrayList<>();
        for (SearchHit hit : citing.hits()) {
            List<Fact> facts = documents.facts(hit.document());
            List<Fact> mentions = new ArrayList<>();
            Set<Span> sentences = new HashSet<>();
            for (Fact f : facts) {
                if (f.value() instanceof ActRef a && canonical(a.id()).equals(act)) {
                    mentions.add(f);
                    sentences.add(f.sentence());
                }
            }
            if (mentions.isEmpty()) {
                continue; // replaced or removed since the search's commit
            }
            List<Fact> stated = new ArrayList<>();
            for (Fact f : facts) {
                if (sentences.contains(f.sentence()) && f.type() != FactType.ACT && f.type() != FactType.PROGRAM) {
                    stated.add(f);
                }
            }
            citations.add(new ActView.Citation(hit, mentions, stated));
        }
        return new ActView(act, citing.totalHits(), citations, citing.facets());
    }

    String canonical(String surface) {
        String trimmed = surface.strip();
        return canonicalAct.apply(trimmed).orElse(trimmed.toUpperCase(Locale.ROOT));
    }

    /**
     * Verifies an uploaded or pasted article. Its bytes go to a temporary file (the only thing the server writes),
     * named by the server; the upload's name only chooses a known extension and names the article in the report.
     */
    VerifyJob.Outcome verify(byte[] content, String name) {
        String display = name.isBlank() ? "article.txt" : name.strip();
        Path temp = null;
        try {
            temp = Files.createTempFile("policylens-upload-", "." + extension(display));
            Files.write(temp, content);
            return verifier.run(temp, new DocumentId(display), index, Set.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload for parsing: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory's own cleanup removes it
                }
            }
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return SAFE_EXTENSION.matcher(ext).matches() ? ext : "txt";
    }
}

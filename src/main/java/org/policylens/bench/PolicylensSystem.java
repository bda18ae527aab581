package org.policylens.bench;

import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.index.SearchRequest;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.IngestOutcome;
import org.policylens.model.MetadataKeys;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The real pipeline as the benchmark sees it: the same classes the CLI's index and search commands use. */
public final class PolicylensSystem implements SystemUnderTest {
    private final Pipeline pipeline;

    public PolicylensSystem(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public int indexAll(List<Path> files, Path indexDir) throws Exception {
        try (CorpusIndex index = LuceneCorpusIndex.open(indexDir, ActIds::canonical)) {
            List<IngestOutcome> outcomes = new IndexJob(pipeline, index, 5000).run(files, false);
            return (int) outcomes.stream().filter(o -> o instanceof IngestOutcome.Indexed).count();
        }
    }

    @Override
    public int extract(String text, String language) {
        Document doc = new Document(new DocumentId("bench"), Path.of("bench"), "text/plain", language, text,
                List.of(), List.of(), Map.of(MetadataKeys.TITLE, "bench"));
        return pipeline.extractor().extract(doc).size();
    }

    @Override
    public Searcher openSearcher(Path indexDir) throws Exception {
        CorpusIndex index = LuceneCorpusIndex.openReadOnly(indexDir, ActIds::canonical);
        return new Searcher() {
            @Override
            public int search(String query) {
                BenchQuery q = BenchQuery.parse(query);
                Map<String, String> f = q.filters();
                SearchRequest request = SearchRequest.builder(q.filterOnly() ? "*:*" : q.text(), 10)
                        .language(f.get("lang")).documentType(f.get("type")).act(f.get("act"))
                        .program(f.get("program")).dates(f.get("from"), f.get("to")).build();
                return index.search(request).hits().size();
            }

            @Override
            public void close() throws Exception {
                index.close();
            }
        };
    }
}

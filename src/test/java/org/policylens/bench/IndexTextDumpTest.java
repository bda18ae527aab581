package org.policylens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.pipeline.Pipeline;

class IndexTextDumpTest {

    @Test
    void writesOneNonEmptyTextFilePerIndexedDocumentThatGrepSearches(@TempDir Path tmp) throws Exception {
        BenchCorpus corpus = new BenchCorpusGenerator(BenchCorpusGeneratorTest.testParagraphs())
                .generate(30, 7L, tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Files.createDirectories(index);
        int indexed = new PolicylensSystem(Pipeline.standard(IngestLimits.DEFAULTS, 2)).indexAll(corpus.files(), index);
        assertTrue(indexed > 0, "nothing indexed");

        Path text = tmp.resolve("text");
        IndexTextDump.Result dump = IndexTextDump.dump(index, corpus.dir(), text);

        assertEquals(indexed, dump.documents());
        assertEquals(0, dump.splitDocuments());
        List<Path> files;
        try (var walk = Files.walk(text)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(indexed, files.size());
        long total = 0;
        for (Path f : files) {
            String s = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(!s.isBlank(), "empty: " + f);
            total += s.length();
        }
        assertEquals(dump.chars(), total);
        // laid out like the corpus, so the extraction sample finds each document's text by its file
        for (BenchCorpus.Entry e : corpus.entries()) {
            Path expected = text.resolve(corpus.dir().relativize(e.file()) + ".txt");
            assertTrue(Files.isRegularFile(expected) || indexed < corpus.size(), "no text for " + e.file());
        }

        // a word of the first document's indexed text: grep must list at least that file
        Matcher word = Pattern.compile("\\p{L}{6,}").matcher(Files.readString(files.get(0), StandardCharsets.UTF_8));
        assertTrue(word.find());
        GrepBench.Result g = new GrepBench().run(word.group(), text, 1);
        assertEquals("", g.error());
        assertTrue(g.filesMatched() >= 1, "grep found no file with " + word.group());
        assertEquals(0, new GrepBench().run("zzqqxxnotaword", text, 1).filesMatched());
    }

    @Test
    void anIndexPolicylensDidNotWriteDumpsNothing(@TempDir Path tmp) throws Exception {
        BenchCorpus corpus = new BenchCorpusGenerator(BenchCorpusGeneratorTest.testParagraphs())
                .generate(5, 7L, tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        new LuceneSystemUnderTest().indexAll(corpus.files(), index);
        IndexTextDump.Result dump = IndexTextDump.dump(index, corpus.dir(), tmp.resolve("text"));
        assertEquals(0, dump.documents());
    }

    @Test
    void anIndexWithoutDocumentsDumpsNothing(@TempDir Path tmp) throws Exception {
        BenchCorpus corpus = new BenchCorpusGenerator(BenchCorpusGeneratorTest.testParagraphs())
                .generate(5, 7L, tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        LuceneCorpusIndex.open(index).close();
        IndexTextDump.Result dump = IndexTextDump.dump(index, corpus.dir(), tmp.resolve("text"));
        assertEquals(0, dump.documents());
    }
}

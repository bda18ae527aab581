package org.policylens.verify;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.extract.act.ActIds;
import org.policylens.index.CorpusIndex;
import org.policylens.index.LuceneCorpusIndex;
import org.policylens.ingest.IngestLimits;
import org.policylens.model.Evidence;
import org.policylens.model.Verdict;
import org.policylens.pipeline.IndexJob;
import org.policylens.pipeline.Pipeline;
import org.policylens.pipeline.VerifyJob;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failure reported in issue 18, reproduced: the seed article also as PDF and DOCX (made by LibreOffice) in
 * the sources folder, next to corpus/decrees and unrelated real acts (Uzbek tax code, IFRS resolution, accounting
 * law). No verdict may cite the copies or the unrelated acts. Skipped without ../shared or LibreOffice.
 */
class SeedCopiesReproductionTest {
    private static final Path SHARED = Path.of("..", "shared");
    private static final Path SEED = SHARED.resolve("seed").resolve("article-dusbekova-2026.txt");
    private static final Path REAL_UZ = SHARED.resolve("corpus-real").resolve("uz");

    @Test
    void copiesAndUnrelatedActsAreNeverEvidence(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED) && Files.isDirectory(REAL_UZ), "no ../shared");
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Path txt = dir.resolve("article-dusbekova-2026.txt");
        Files.copy(SEED, txt);
        Assumptions.assumeTrue(convert(txt, "pdf", sources) && convert(txt, "docx", sources), "no LibreOffice");
        for (String f : List.of("tax-code-latn.txt", "pq-282-2025-09-15-cyrl.txt", "orq-404-accounting-law-latn.txt")) {
            Files.copy(REAL_UZ.resolve(f), sources.resolve(f));
        }
        Pipeline pipeline = Pipeline.standard(IngestLimits.DEFAULTS, 2);
        VerifyJob.Result result;
        try (CorpusIndex index = LuceneCorpusIndex.open(dir.resolve("index"), ActIds::canonical)) {
            new IndexJob(pipeline, index, 1000).run(List.of(sources, Path.of("corpus", "decrees")), false);
            result = ((VerifyJob.Verified) new VerifyJob(pipeline).run(SEED, index)).result();
        }
        VerificationReport report = result.report();
        assertEquals(2, report.copies().size(), "the PDF and the DOCX are copies: " + report.copies());
        int supported = 0;
        for (Verdict v : report.verdicts()) {
            Evidence e = v instanceof Verdict.Supported s ? s.evidence() : v instanceof Verdict.Contradicted c
                    ? c.evidence() : null;
            if (e == null) {
                continue;
            }
            supported += v instanceof Verdict.Supported ? 1 : 0;
            String doc = e.document().value();
            assertTrue(doc.contains("corpus/decrees/"), v.label() + " " + v.claim().fact().text() + " cites " + doc
                    + ": " + v.reason());
            assertTrue(!v.reason().isBlank());
        }
        assertTrue(supported > 20, "the decrees still support the article: " + supported);
    }

    private static boolean convert(Path file, String format, Path outDir) {
        try {
            Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", format, "--outdir",
                    outDir.toString(), file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "." + format);
            return p.exitValue() == 0 && Files.isRegularFile(outDir.resolve(name));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.policylens.index.solr;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylens.extract.act.ActIds;
import org.policylens.index.SearchHit;
import org.policylens.index.SearchRequest;
import org.policylens.model.ActRef;
import org.policylens.model.Document;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.MetadataKeys;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Solr plugin jar as a user installs it: a SolrCloud node in a child JVM whose class path is Solr's alone (no
 * target/classes, no policylens jar), with the built {@code target/policylens-0.1.0-solr-plugin.jar} copied into
 * {@code <solr_home>/lib}. The configset's analyzers (by SPI name) and the {@code {!policylens}} query parser can only
 * come from that jar: searches fold Uzbek and Kazakh scripts, the act filter works, and the same node without the
 * jar refuses the collection naming the missing analyzer. Runs after {@code package} (failsafe), which builds the jar.
 */
@Tag("cluster")
class SolrPluginJarIT {
    private static final String COLLECTION = "plugin";
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void nodeLoadsOurAnalyzersAndQueryParserFromSolrHomeLib() throws Exception {
        Path jar = pluginJar();
        try (SolrNode node = SolrNode.start(tmp.resolve("with-jar"), Optional.of(jar))) {
            SolrTarget target = SolrTarget.ofUrl(node.baseUrl(), COLLECTION);
            try (SolrClient client = target.client()) {
                CollectionAdminRequest.createCollection(COLLECTION, SolrTestCluster.CONFIG, 1, 1).process(client);
            }
            try (SolrCorpusIndex index = SolrCorpusIndex.open(target, ActIds::canonical, false)) {
                for (Document d : DOCUMENTS) {
                    index.put(d, d == UZ_CYRL ? List.of(act(UZ_CYRL, "УП-6079")) : List.of());
                }
                index.commit();

                // Latin Uzbek finds the Cyrillic decree (transliteration, apostrophe folding) and back
                assertEquals(List.of("uz/decree-cyrl.txt"), ids(index, "\"Raqamli O‘zbekiston\""));
                assertEquals("uz/decree-cyrl.txt", ids(index, "raqamli ozbekiston").get(0));
                assertEquals(List.of("uz/resolution-latn.txt"), ids(index, "\"Ёшлар тадбиркорлигини\""));
                // Kazakh: the 2018 Latin alphabet's spelling finds the Cyrillic law, the Cyrillic finds the Latin news
                assertEquals(List.of("kz/law-cyrl.txt"), ids(index, "\"Qazaqstan Respýblıkasynyń\" maýsym"));
                assertEquals(List.of("kz/news-latn.txt"), ids(index, "\"Үкімет ұлттық\""));
                // the {!policylens} parser's syntax (on passages): a phrase OR a word, and a negated word
                assertEquals(List.of("uz/decree-cyrl.txt"), ids(index, "(\"raqamli ozbekiston\" OR yoshlar) -tadbirkorligini"));
                // the act filter on the fact's canonical id
                String actId = ActIds.canonical("УП-6079").orElseThrow();
                List<SearchHit> byAct = index.search(SearchRequest.builder("Республикаси", 10).act(actId).build()).hits();
                assertEquals(List.of("uz/decree-cyrl.txt"), byAct.stream().map(h -> h.document().value()).toList());
                assertTrue(byAct.get(0).passage().contains("[[Республикаси]]"), byAct.get(0).passage());
            }
        }
    }

    @Test
    void sameNodeWithoutTheJarRefusesTheCollection() throws Exception {
        try (SolrNode node = SolrNode.start(tmp.resolve("without-jar"), Optional.empty());
             SolrClient client = SolrTarget.ofUrl(node.baseUrl(), COLLECTION).client()) {
            Exception refused = assertThrows(Exception.class, () ->
                    CollectionAdminRequest.createCollection(COLLECTION, SolrTestCluster.CONFIG, 1, 1).process(client));
            // the client hears that the core was not created; the node's log says why, naming our tokenizer
            assertTrue(refused.getMessage().contains("core creation failed"), refused.getMessage());
            String missing = "TokenizerFactory with name 'policylensLetterDigit' does not exist";
            assertTrue(node.log().contains(missing), "the node's log does not say: " + missing + "\n" + node.log());
        }
    }

    /** The jar {@code package} built; this test only runs after it (failsafe), so a missing jar is a broken build. */
    private static Path pluginJar() {
        Path jar = Path.of(System.getProperty("policylens.solrPluginJar",
                TARGET.resolve("policylens-0.1.0-solr-plugin.jar").toString()));
        assertTrue(Files.isRegularFile(jar), "no Solr plugin jar at " + jar + ": run mvn package first");
        return jar;
    }

    private static List<String> ids(SolrCorpusIndex index, String query) {
        return index.search(SearchRequest.of(query, 10)).hits().stream().map(h -> h.document().value()).toList();
    }

    // Uzbek in both scripts (the decree carries an act id), Kazakh Cyrillic and Kazakh Latin (2018 alphabet)
    private static final Document UZ_CYRL = doc("uz/decree-cyrl.txt", "uz-Cyrl", "decree",
            "Ўзбекистон Республикаси Президентининг УП-6079-сон Фармони.\n"
                    + "«Рақамли Ўзбекистон — 2030» стратегиясини тасдиқлаш тўғрисида.");
    private static final Document UZ_LATN = doc("uz/resolution-latn.txt", "uz-Latn", "resolution",
            "Oʻzbekiston Respublikasi Prezidentining qarori.\n"
                    + "Yoshlar tadbirkorligini qoʻllab-quvvatlash dasturi tasdiqlansin.");
    private static final Document KZ_CYRL = doc("kz/law-cyrl.txt", "kk", "law",
            "Қазақстан Республикасының Заңы.\n2024 жылғы 15 маусымда қабылданды.");
    private static final Document KZ_LATN = doc("kz/news-latn.txt", "kk-Latn", "other",
            "Úkimet ulttyq jobany bekitti.");
    private static final List<Document> DOCUMENTS = List.of(UZ_CYRL, UZ_LATN, KZ_CYRL, KZ_LATN);

    private static Document doc(String id, String language, String type, String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n")) {
            paragraphs.add(new Span(start, start + line.length()));
            start += line.length() + 1;
        }
        return new Document(new DocumentId(id), Path.of(id), "text/plain", language, text, paragraphs, List.of(),
                Map.of(MetadataKeys.TITLE, id, MetadataKeys.CONTENT_HASH, "hash-" + id,
                        MetadataKeys.DOCUMENT_TYPE, type));
    }

    private static Fact act(Document d, String surface) {
        int start = d.text().indexOf(surface);
        Span sentence = new Span(0, d.text().indexOf('\n'));
        return new Fact(d.id(), new Span(start, start + surface.length()), surface, new ActRef(surface),
                Qualifier.EXACT, Optional.empty(), "", sentence, sentence.of(d.text()));
    }

    /** A SolrCloud node in its own JVM over Solr's class path only, stopped (and waited for) on close. */
    private record SolrNode(Process process, String baseUrl, Path logFile) implements AutoCloseable {
        static SolrNode start(Path dir, Optional<Path> pluginJar) throws Exception {
            Path home = Files.createDirectories(dir.resolve("solr-home"));
            Path lib = Files.createDirectories(home.resolve("lib"));
            if (pluginJar.isPresent()) {
                Files.copy(pluginJar.get(), lib.resolve(pluginJar.get().getFileName()));
            }
            Path logFile = dir.resolve("node.log");
            Path outFile = dir.resolve("node.out");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", childClassPath(dir.resolve("launcher")),
                    SolrNodeLauncher.class.getName(), home.toString(), dir.resolve("zk").toString(),
                    SolrTestCluster.CONFIGSET.toAbsolutePath().toString(), SolrTestCluster.CONFIG)
                    .directory(dir.toFile())
                    .redirectOutput(outFile.toFile())
                    .redirectError(logFile.toFile())
                    .start();
            SolrNode node = new SolrNode(process, readyUrl(process, outFile), logFile);
            if (node.baseUrl() == null) {
                node.close();
                throw new AssertionError("the Solr node did not start:\n" + node.log());
            }
            return node;
        }

        /** The base URL the launcher prints once the node is up; null if it exits or takes over 90 s. */
        private static String readyUrl(Process process, Path out) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                String printed = Files.readString(out);
                int ready = printed.indexOf("READY ");
                int end = ready < 0 ? -1 : printed.indexOf('\n', ready); // the whole line, not a part written so far
                if (end > 0) {
                    return printed.substring(ready + "READY ".length(), end).strip();
                }
                if (!process.isAlive()) {
                    return null;
                }
                Thread.sleep(200);
            }
            return null;
        }

        /**
         * The test JVM's class path without anything of policylens (target/classes, target/test-classes, the built
         * jars), plus a directory holding only the launcher's class and the log configuration.
         */
        private static String childClassPath(Path launcherDir) throws IOException {
            String launcher = SolrNodeLauncher.class.getName().replace('.', '/') + ".class";
            Path launcherClass = launcherDir.resolve(launcher);
            Files.createDirectories(launcherClass.getParent());
            try (var in = SolrNodeLauncher.class.getClassLoader().getResourceAsStream(launcher);
                 var log = SolrNodeLauncher.class.getClassLoader().getResourceAsStream("log4j2-test.xml")) {
                Files.copy(in, launcherClass);
                Files.copy(log, launcherDir.resolve("log4j2-test.xml"));
            }
            String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> entries = new ArrayList<>();
            entries.add(launcherDir.toString());
            Arrays.stream(testClassPath.split(File.pathSeparator))
                    .filter(e -> !e.isBlank())
                    .filter(e -> !Path.of(e).toAbsolutePath().startsWith(TARGET))
                    .filter(e -> !Path.of(e).getFileName().toString().startsWith("policylens"))
                    .forEach(entries::add);
            assertFalse(entries.size() < 20, "the test class path looks incomplete: " + testClassPath);
            return String.join(File.pathSeparator, entries);
        }

        String log() {
            try {
                return Files.readString(logFile);
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

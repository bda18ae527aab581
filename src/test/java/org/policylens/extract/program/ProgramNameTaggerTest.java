package org.policylens.extract.program;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.model.Language;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tagger tags every sentence of a document as OpenNLP's name finder does, remembered tags included. */
class ProgramNameTaggerTest {
    private static final TokenNameFinderModel MODEL = StatisticalProgramFinder.loadDefault().orElseThrow();
    /** Sentences longer than this are cut: the finder sees windows of 25 tokens, the test a little more. */
    private static final int MAX_TOKENS = 60;

    @Test
    void tagsEverySentenceAsTheNameFinderInEveryLanguage() throws IOException {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (Map.Entry<Language, List<String>> e : documents().entrySet()) {
            for (String text : e.getValue()) {
                NameFinderME reference = new NameFinderME(MODEL);
                ProgramNameTagger tagger = new ProgramNameTagger(MODEL);
                AnnotatedText annotated = new OpenNlpAnnotator().annotate(text, e.getKey());
                for (int k = 0; k < annotated.sentences().size(); k++) {
                    String[] words = annotated.tokensOf(k).stream().limit(MAX_TOKENS)
                            .map(t -> t.of(annotated.view())).toArray(String[]::new);
                    List<String> expected = spans(reference.find(words));
                    assertEquals(expected, spans(tagger.find(words)), e.getKey() + ": " + Arrays.toString(words));
                    names.merge(e.getKey().code(), expected.size(), Integer::sum);
                }
            }
        }
        // every language's documents hold names, so the tags after a name (where the beam's candidates differ most)
        // are compared too
        for (Language l : List.of(Language.EN, Language.RU, Language.UZ_LATN, Language.UZ_CYRL, Language.KK,
                Language.KK_LATN)) {
            assertTrue(names.getOrDefault(l.code(), 0) > 0, "no name tagged in " + l + ": " + names);
        }
    }

    @Test
    void forgetsTheRememberedTagsWhenCleared() {
        String[] words = "The “ Digital Uzbekistan – 2030 ” strategy was adopted in 2020 .".split(" ");
        NameFinderME reference = new NameFinderME(MODEL);
        ProgramNameTagger tagger = new ProgramNameTagger(MODEL);
        List<String> first = spans(reference.find(words));
        assertEquals(first, spans(tagger.find(words)));
        assertEquals(spans(reference.find(words)), spans(tagger.find(words)));
        reference.clearAdaptiveData();
        tagger.clearAdaptiveData();
        assertEquals(first, spans(tagger.find(words)));
    }

    private static List<String> spans(Span[] found) {
        return Arrays.stream(found).map(s -> s.getStart() + "-" + s.getEnd() + ":" + s.getType()).toList();
    }

    /** The shipped corpus' plain texts, the seed article when present, and short texts in the other languages. */
    private static Map<Language, List<String>> documents() throws IOException {
        Map<Language, List<String>> out = new LinkedHashMap<>();
        Path decrees = Path.of("corpus", "decrees");
        add(out, Language.EN, Files.readString(decrees.resolve("one-million-programmers.en.md")));
        add(out, Language.EN, Files.readString(decrees.resolve("pq-358-ai-strategy-2030.en.md")));
        add(out, Language.EN, Files.readString(Path.of("corpus", "articles", "sample-article-it-education.en.md")));
        add(out, Language.RU, Files.readString(decrees.resolve("vmq-17-it-park.ru-cp1251.txt"),
                Charset.forName("windows-1251")));
        add(out, Language.RU, Files.readString(decrees.resolve("techorda-kz.ru-koi8r.txt"), Charset.forName("KOI8-R")));
        add(out, Language.UZ_CYRL, Files.readString(decrees.resolve("pq-178-it-towns.uz-cyrl.txt")));
        Path seed = Path.of("..", "shared", "seed", "article-dusbekova-2026.txt");
        if (Files.isRegularFile(seed)) {
            add(out, Language.EN, Files.readString(seed, StandardCharsets.UTF_8));
        }
        add(out, Language.UZ_LATN, """
                Prezidentning farmoni bilan «Raqamli Oʻzbekiston – 2030» strategiyasi tasdiqlandi. «Bir million \
                dasturchi» loyihasi doirasida yoshlar oʻqitilmoqda. «Yoshlar – kelajagimiz» dasturi va «IT Park» \
                tashabbusi ham davom etmoqda.""");
        add(out, Language.KK, """
                «Цифрлық Қазақстан» мемлекеттік бағдарламасы 2017 жылы қабылданды. «TechOrda» бағдарламасы \
                аясында жастар оқытылады. «Жайлы мектеп» ұлттық жобасы жалғасуда.""");
        add(out, Language.KK_LATN, """
                «Sifrlyq Qazaqstan» memlekettik baǵdarlamasy 2017 jyly qabyldandy. «TechOrda» baǵdarlamasy \
                aiasynda jastar oqytylady. «Jaily mektep» jańa ulttyq jobasy jalǵasuda.""");
        return out;
    }

    private static void add(Map<Language, List<String>> out, Language language, String text) {
        out.computeIfAbsent(language, k -> new ArrayList<>()).add(text);
    }
}

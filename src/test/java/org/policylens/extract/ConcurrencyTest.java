package org.policylens.extract;

import org.junit.jupiter.api.Test;
import org.policylens.annotate.AnnotatedText;
import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.act.ActFinder;
import org.policylens.extract.program.ProgramFinder;
import org.policylens.model.Language;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One annotator and one finder of each kind shared by many threads give the same answers as one thread. */
class ConcurrencyTest {
    private static final String[] TEXTS = {
            "Presidential Decree No. PF-6079 approved the “Digital Uzbekistan – 2030” Strategy. The “Blue Sky Schools” "
                    + "programme and IT Park grew.",
            "Указ Президента Республики Узбекистан № УП-6079. Программа «Цифровой Казахстан» и проект «Светлая дорога».",
            "Vazirlar Mahkamasining 2022-yil 26-oktabrdagi 617-son qarori. “Yangi avlod maktabi” loyihasi boshlandi.",
            "«Бир миллион дастурчи» лойиҳаси ва ПҚ-282-сон қарор."};
    private static final Language[] LANGS = {Language.EN, Language.RU, Language.UZ_LATN, Language.UZ_CYRL};

    @Test
    void sharedInstancesAreThreadSafe() {
        OpenNlpAnnotator annotator = new OpenNlpAnnotator();
        ActFinder acts = new ActFinder();
        ProgramFinder programs = new ProgramFinder();
        List<String> expected = IntStream.range(0, 200).mapToObj(i -> run(annotator, acts, programs, i % 4)).toList();
        List<String> parallel = IntStream.range(0, 200).parallel().mapToObj(i -> run(annotator, acts, programs, i % 4))
                .toList();
        assertEquals(expected, parallel);
    }

    private static String run(OpenNlpAnnotator annotator, ActFinder acts, ProgramFinder programs, int k) {
        AnnotatedText at = annotator.annotate(TEXTS[k], LANGS[k]);
        return at.sentences() + " " + at.tokens().size() + " " + acts.find(at) + " " + programs.find(at);
    }
}

package org.policylens.verify;

import org.policylens.extract.program.ProgramGazetteer;
import org.policylens.index.FactHit;
import org.policylens.lang.Vocabularies;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.ProgramRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a claimed programme named in a source passage in a form the programme finder did not take as a name: inflected
 * or plural ({@code IT-parklarni}, {@code IT parklari}), in another script ({@code ИТ-парк}), or translated word by word
 * ({@code Five Initiatives} / {@code Besh tashabbus}). Each name form of the claim (its surface text and canonical
 * name) is matched word by word against consecutive words of the passage:
 * <ul>
 *   <li>numbers and number words by value ({@code five} = {@code besh} = 5);</li>
 *   <li>words by folded form across scripts, equal or through {@code equivalents.tsv} ({@code initiative} ~
 *       {@code tashabbus}) or {@code name-words.tsv} ({@code digital} ~ {@code raqamli}), or as the start of a longer word, which lets case and plural endings pass, for words of
 *       at least {@value #MIN_PREFIX} letters ({@code park} ~ {@code parklarni}); shorter words only whole.</li>
 * </ul>
 * Names of one word are left to the finder (a one-word name is often a common word: {@code Bolashak}, "future"), and
 * a match inside a longer name the gazetteer blocks ({@code IT Park University}) is no mention. Each mention becomes a
 * source PROGRAM fact with the claim's canonical name, judged like any other: it still has to say something the
 * claim's sentence says about the programme.
 */
final class ProgrammeMentions {
    static final int MIN_PREFIX = 4;
    /** Words after a match that may complete a longer, blocked name. */
    private static final int BLOCKER_REACH = 2;
    private static final Map<String, String> NUMBER_WORDS = numberWords();
    /** The number words of every vocabulary by their value's digits, as written. */
    private static final Map<String, List<String>> NUMBER_NAMES = numberNames();
    /** Words of names translated word by word ({@code name-words.tsv}): digital = raqamli, Tashkent = Toshkent. */
    private static final KeyTerms.Equivalents NAME_WORDS = KeyTerms.Equivalents.load("/org/policylens/verify/name-words.tsv");

    private final ProgramGazetteer gazetteer;

    ProgrammeMentions(ProgramGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The forms of the claimed programme's name to look for: its text in the article and its canonical name. */
    static List<String> nameForms(Fact claim) {
        List<String> out = new ArrayList<>();
        out.add(claim.text());
        String canonical = ((ProgramRef) claim.value()).name();
        if (!canonical.equalsIgnoreCase(claim.text())) {
            out.add(canonical);
        }
        return out;
    }

    /**
     * The mentions of the claimed programme in the passages of these hits (any fact type: the passage is what counts),
     * one per passage and place, as PROGRAM facts with the claim's canonical name.
     */
    List<FactHit> in(Fact claim, List<FactHit> passages) {
        List<List<String>> names = new ArrayList<>();
        for (String form : nameForms(claim)) {
            List<String> keys = keys(form);
            if (keys.size() >= 2 && !names.contains(keys)) {
                names.add(keys);
            }
        }
        Map<String, FactHit> out = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return List.of();
        }
        for (FactHit h : passages) {
            Fact f = h.fact();
            String sentence = f.sentenceText();
            if (sentence.isBlank()) {
                continue;
            }
            List<KeyTerms.Token> words = KeyTerms.foldedWords(sentence);
            for (List<String> name : names) {
                for (int i = 0; i + name.size() <= words.size(); i++) {
                    if (!matchesAt(name, words, i)) {
                        continue;
                    }
                    int from = words.get(i).start();
                    int to = words.get(i + name.size() - 1).end();
                    if (blocked(sentence, words, i, name.size())) {
                        continue;
                    }
                    Span span = new Span(f.sentence().start() + from, f.sentence().start() + to);
                    String key = f.document().value() + '\u0000' + span.start();
                    Fact mention = new Fact(f.document(), span, sentence.substring(from, to), claim.value(),
                            Qualifier.EXACT, Optional.empty(), "", f.sentence(), sentence);
                    out.merge(key, new FactHit(mention, h.page(), h.documentTitle(), h.contentHash(), h.score()),
                            (x, y) -> x.score() >= y.score() ? x : y);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** Whether the words from {@code at} and a few after them form a longer name the gazetteer blocks. */
    private boolean blocked(String sentence, List<KeyTerms.Token> words, int at, int length) {
        for (int extra = 1; extra <= BLOCKER_REACH && at + length - 1 + extra < words.size(); extra++) {
            String longer = sentence.substring(words.get(at).start(), words.get(at + length - 1 + extra).end());
            if (gazetteer.canonical(longer).filter(ProgramGazetteer.BLOCKED::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> name, List<KeyTerms.Token> words, int at) {
        for (int k = 0; k < name.size(); k++) {
            if (!wordMatches(name.get(k), key(words.get(at + k)))) {
                return false;
            }
        }
        return true;
    }

    /** A name word's key against a passage word's key (see the class comment). */
    static boolean wordMatches(String nameKey, String wordKey) {
        if (nameKey.equals(wordKey)) {
            return true;
        }
        if (isNumber(nameKey) || isNumber(wordKey)) {
            return false;
        }
        if (KeyTerms.stem(nameKey).equals(KeyTerms.stem(wordKey)) && KeyTerms.significant(KeyTerms.stem(nameKey))) {
            return true;
        }
        if (translated(nameKey).equals(translated(wordKey)) && !NAME_WORDS.wordsOf(translated(nameKey)).isEmpty()) {
            return true; // Raqamli Toshkent for Digital Tashkent
        }
        return nameKey.length() >= MIN_PREFIX && wordKey.startsWith(nameKey);
    }

    /** The name word a folded word translates ({@code name-words.tsv}), else its own stem. */
    private static String translated(String folded) {
        return NAME_WORDS.canonical(KeyTerms.rawStem(folded));
    }

    /**
     * The translations of a name's words in the other languages, for a query that ranks the passages naming it: name
     * words ({@code name-words.tsv}), counted things ({@code equivalents.tsv}) and number words of the same value
     * ({@code Five Initiatives} ranks {@code Besh tashabbus}).
     */
    static List<String> translations(String name) {
        List<String> out = new ArrayList<>();
        for (KeyTerms.Token t : KeyTerms.foldedWords(name)) {
            String key = key(t);
            if (isNumber(key)) {
                out.addAll(NUMBER_NAMES.getOrDefault(key, List.of()));
            } else {
                NAME_WORDS.wordsOf(translated(t.stem())).forEach(out::add);
                KeyTerms.Equivalents.INSTANCE.wordsOf(KeyTerms.stem(t.stem())).forEach(out::add);
            }
        }
        return out;
    }

    /** The keys of a name's words: numbers and number words as digits, other words folded. */
    static List<String> keys(String name) {
        return KeyTerms.foldedWords(name).stream().map(ProgrammeMentions::key).toList();
    }

    private static String key(KeyTerms.Token t) {
        return t.isNumber() ? t.stem() : NUMBER_WORDS.getOrDefault(t.stem(), t.stem());
    }

    private static boolean isNumber(String key) {
        return Character.isDigit(key.charAt(0));
    }

    private static Map<String, List<String>> numberNames() {
        Map<String, List<String>> out = new HashMap<>();
        Vocabularies.ALL.forEach(v -> v.numberWords().forEach((value, words) -> words.forEach(
                w -> out.computeIfAbsent(String.valueOf(value), k -> new ArrayList<>()).add(w.toLowerCase(Locale.ROOT)))));
        out.replaceAll((k, words) -> words.stream().distinct().toList());
        return Map.copyOf(out);
    }

    /** Folded number words of every vocabulary, to their value's digits. */
    private static Map<String, String> numberWords() {
        Map<String, String> out = new HashMap<>();
        Vocabularies.ALL.forEach(v -> v.numberWords().forEach((value, words) -> words.forEach(
                w -> out.putIfAbsent(KeyTerms.fold(w.toLowerCase(Locale.ROOT)), String.valueOf(value)))));
        return Map.copyOf(out);
    }
}

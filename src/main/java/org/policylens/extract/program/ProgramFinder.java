package org.policylens.extract.program;

import org.policylens.budget.BudgetExceeded;
import org.policylens.budget.SharedWork;
import org.policylens.annotate.AnnotatedText;
import org.policylens.extract.Candidate;
import org.policylens.extract.CandidateFinder;
import org.policylens.lang.Vocabularies;
import org.policylens.model.ProgramRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Named programmes, strategies, projects and initiatives, in order of trust (an earlier name wins where two
 * overlap): gazetteer matches; quoted names with a cue after them in languages whose cue follows the name
 * ({@link QuotedProgramNames}); unquoted capitalised names ending in a head word in languages that capitalise
 * every word of a name ({@link CapitalisedProgramNames}); names the statistical model finds from context.
 * Names are cleaned ({@link ProgramNames}) and mapped to the gazetteer's canonical name when an alias matches;
 * blocked names (universities, forums) are dropped, and so are names headed by an organisation word that the
 * gazetteer does not know ({@link OrganisationNames}), and so are statistical names without a cue word right next to
 * them ({@link ProgramNames#hasCueNextTo}). A statistical name inside quotes is the whole quoted name; an
 * unquoted one-word statistical name in a language that capitalises only a name's first word
 * ({@code Harakatlar strategiyasi}), or in any language at the start of its sentence ({@code ⁶ Accenture Strategy.},
 * {@code 3. Systematic project vetting}), is not a name: its capital says nothing. Generic kinds of plan ({@link
 * GenericPlans}: {@code GPRA Strategic Plan}) are no names either.
 */
public final class ProgramFinder implements CandidateFinder {
    public static final String DICTIONARY = "program-dictionary";
    public static final String STATISTICAL = "program-ner";
    public static final String QUOTED = "program-quoted";
    public static final String CAPITALISED = "program-capitalised";

    /** Texts from this long on have the name model run beside the other finders (shorter ones cost more to hand over). */
    static final int SIDE_BY_SIDE_CHARS = 256 * 1024;

    private final DictionaryProgramFinder dictionary;
    private final ProgramGazetteer gazetteer;
    private final StatisticalProgramFinder statistical;

    /** With the project's gazetteer and trained model (see {@code models/README.md}). */
    public ProgramFinder() {
        this(ProgramGazetteer.standard(), StatisticalProgramFinder.standard());
    }

    ProgramFinder(ProgramGazetteer gazetteer, StatisticalProgramFinder statistical) {
        this.gazetteer = gazetteer;
        this.dictionary = new DictionaryProgramFinder(gazetteer);
        this.statistical = statistical;
    }

    /** A finder that uses only the gazetteer (for evaluation and tests). */
    public static ProgramFinder dictionaryOnly() {
        return new ProgramFinder(ProgramGazetteer.standard(), new StatisticalProgramFinder(null));
    }

    @Override
    public List<Candidate> find(AnnotatedText text) {
        try {
            return findAll(text);
        } catch (BudgetExceeded e) {
            throw e; // out of time is the file's outcome, not a finder bug
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(); // a finder never breaks the pipeline
        }
    }

    private List<Candidate> findAll(AnnotatedText text) {
        // the name model reads a long text token window by token window, in order, on one thread: the rest runs beside
        // it rather than before it (each part depends on the text alone; the model's names are added after as before)
        List<Span> statisticalNames;
        Named named;
        if (text.text().length() >= SIDE_BY_SIDE_CHARS) {
            List<Object> parts = SharedWork.map(2, k -> k == 0 ? statistical.find(text) : byRules(text));
            @SuppressWarnings("unchecked")
            List<Span> names = (List<Span>) parts.get(0);
            statisticalNames = names;
            named = (Named) parts.get(1);
        } else {
            named = byRules(text);
            statisticalNames = statistical.find(text);
        }
        List<Candidate> out = named.found();
        addNamed(text, statisticalNames, STATISTICAL, named.taken(), out);
        out.sort(Comparator.comparing(Candidate::span));
        return out;
    }

    /**
     * Names found so far, and start → end of the spans they took (a quoted name takes its quotes), which never
     * overlap: an overlap test is two lookups, not a scan (a scan made a file of thousands of quoted names quadratic).
     */
    private record Named(List<Candidate> found, TreeMap<Integer, Integer> taken) {
    }

    /** The gazetteer's names, then the quoted and capitalised names that overlap none taken before them. */
    private Named byRules(AnnotatedText text) {
        String v = text.view();
        List<Candidate> out = new ArrayList<>();
        for (DictionaryProgramFinder.Match m : dictionary.find(v)) {
            out.add(Candidate.of(m.span(), new ProgramRef(m.canonical()), Qualifier.EXACT, DICTIONARY));
        }
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        out.forEach(c -> taken.put(c.span().start(), c.span().end()));
        if (statistical.available()) {
            addNamed(text, QuotedProgramNames.find(text), QUOTED, taken, out);
            for (CapitalisedProgramNames.Name n : CapitalisedProgramNames.find(text)) {
                if (!overlapsAny(taken, n.span())) {
                    add(text, n.span(), n.value(), CAPITALISED, out, taken);
                }
            }
        }
        return new Named(out, taken);
    }

    /** Cleans, checks and names raw name spans, skipping those that overlap a name taken before. */
    private void addNamed(AnnotatedText text, List<Span> raws, String source, TreeMap<Integer, Integer> taken,
                          List<Candidate> out) {
        String v = text.view();
        boolean cueFollowsName = Vocabularies.of(text.language()).cueFollowsName();
        boolean cueChecked = source.equals(QUOTED);
        for (Span proposed : raws) {
            Span raw = cueChecked ? proposed : QuotedProgramNames.enclosing(v, proposed);
            boolean quoted = !raw.equals(proposed) || cueChecked;
            Span name = quoted ? ProgramNames.cleanQuoted(v, raw, cueChecked) : ProgramNames.clean(v, raw);
            if (name == null || name.length() > 150 || overlapsAny(taken, raw)
                    || !cueChecked && !ProgramNames.hasCueNextTo(v, name, text.sentenceAt(name.start()), cueFollowsName)
                    || cueFollowsName && !quoted && oneCapitalisedWord(v, name)
                    || !quoted && oneCapitalisedWord(v, name) && opensSentence(v, name, text.sentenceAt(name.start()))) {
                continue;
            }
            add(text, raw, name, source, out, taken);
        }
    }

    /** Adds a name found at {@code raw} with its value read from {@code name}, unless the gazetteer blocks it. */
    private void add(AnnotatedText text, Span raw, Span name, String source, List<Candidate> out,
                     TreeMap<Integer, Integer> taken) {
        Optional<String> known = gazetteer.canonical(text.view().substring(name.start(), name.end()));
        if (known.isPresent() && ProgramGazetteer.BLOCKED.equals(known.get())
                || known.isEmpty() && OrganisationNames.isOrganisation(text.view().substring(raw.start(), raw.end()),
                        text.language())
                || known.isEmpty() && GenericPlans.isGenericPlan(text.view().substring(name.start(), name.end()))) {
            return; // an organisation or a kind of plan is no programme unless the gazetteer names it one
        }
        String value = known.orElseGet(() -> ProgramNames.surface(text.text(), name));
        out.add(Candidate.of(name, new ProgramRef(value), Qualifier.EXACT, source));
        taken.put(raw.start(), raw.end());
    }

    /** One word with only its first letter a capital ({@code Harakatlar}), no digit: a common word as often as a name. */
    private static boolean oneCapitalisedWord(String v, Span name) {
        if (!Character.isUpperCase(v.charAt(name.start()))) {
            return false;
        }
        for (int k = name.start() + 1; k < name.end(); k++) {
            if (!Character.isLowerCase(v.charAt(k)) && v.charAt(k) != '\'' && v.charAt(k) != '‘' && v.charAt(k) != '’') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether only notes, list numbers and signs come before the name in its sentence ({@code ⁶ Accenture Strategy.},
     * {@code 3. Systematic project vetting}): a sentence's first word is capitalised whatever it is.
     */
    private static boolean opensSentence(String v, Span name, Span sentence) {
        // backwards to the nearest letter: bounded by the gap before the name, not by the sentence's length
        for (int k = name.start() - 1; k >= sentence.start(); k--) {
            if (Character.isLetter(v.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsAny(TreeMap<Integer, Integer> taken, Span span) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(span.start());
        if (before != null && new Span(before.getKey(), before.getValue()).overlaps(span)) {
            return true;
        }
        Map.Entry<Integer, Integer> after = taken.higherEntry(span.start());
        return after != null && new Span(after.getKey(), after.getValue()).overlaps(span);
    }
}

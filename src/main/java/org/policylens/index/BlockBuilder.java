package org.policylens.index;

import org.policylens.budget.Budget;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.Document;
import org.policylens.model.Fact;
import org.policylens.model.MetadataKeys;
import org.policylens.model.ProgramRef;
import org.policylens.model.Span;
import org.policylens.timing.Stage;
import org.policylens.timing.StageClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.policylens.index.IndexSchema.*;

/** Turns one source document and its facts into the block of Lucene entries described by {@link IndexSchema}. */
final class BlockBuilder {
    /** Metadata key an ingester may set with the act's adoption date (ISO); otherwise it is guessed from facts. */
    static final String ADOPTION_DATE_KEY = "adoption-date";
    private static final int PASSAGE_CHARS = 800;
    private static final int HEAD_OR_TAIL_CHARS = 600;

    /**
     * Sentence text ranks facts by term queries only (never phrases), so it keeps no positions: BM25 needs only
     * term frequencies and lengths, and positions were a third of the sentence postings.
     */
    private static final FieldType SENTENCE_TEXT = sentenceText();
    private final PassageSplitter splitter = new PassageSplitter(PASSAGE_CHARS);
    private final UnaryOperator<String> canonicalAct;

    BlockBuilder(UnaryOperator<String> canonicalAct) {
        this.canonicalAct = canonicalAct;
    }

    static String languageOf(Document d) {
        return d.language() == null || d.language().isBlank() ? "und" : d.language();
    }

    static String documentTypeOf(Document d) {
        return d.metadata().getOrDefault(MetadataKeys.DOCUMENT_TYPE, "other");
    }

    /**
     * The block: fact entries, each run of facts from one sentence followed by its sentence entry, then the passage
     * entries, then the document entry. Fact entries are made one at a time as the writer consumes them: a
     * table-like file can hold hundreds of thousands of figures, and their Lucene entries all at once would not fit
     * a small heap.
     */
    Iterable<org.apache.lucene.document.Document> build(Document doc, List<Fact> facts) {
        String id = doc.id().value();
        String language = languageOf(doc);
        String type = documentTypeOf(doc);
        String adoption = adoptionDate(doc, facts);
        String year = adoption.isEmpty() ? "" : adoption.substring(0, 4);
        TreeSet<String> programs = new TreeSet<>();
        for (Fact f : facts) {
            if (f.value() instanceof ProgramRef p) {
                programs.add(p.name());
            }
        }
        List<String> passageFields = passageFieldsFor(language);
        // the title ranks every passage: analysed once, replayed on each
        AnalyzedTokens title = AnalyzedTokens.of(IndexSchema.indexAnalyzer(), TITLE, doc.title());

        List<org.apache.lucene.document.Document> tail = new ArrayList<>();
        List<Span> passages = splitter.split(doc.text(), doc.paragraphs());
        FactStarts byStart = new FactStarts(facts);
        for (Span span : passages) {
            org.apache.lucene.document.Document p = new org.apache.lucene.document.Document();
            common(p, KIND_PASSAGE, doc, language, type, adoption, year);
            p.add(new Field(TITLE, title.stream(), TextField.TYPE_NOT_STORED));
            p.add(new SortedDocValuesField(DOC_ID_DV, new BytesRef(id)));
            p.add(new SortedDocValuesField(LANGUAGE_DV, new BytesRef(language)));
            p.add(new SortedDocValuesField(DOC_TYPE_DV, new BytesRef(type)));
            if (!year.isEmpty()) {
                p.add(new SortedDocValuesField(YEAR_DV, new BytesRef(year)));
            }
            for (String program : programs) {
                p.add(new SortedSetDocValuesField(PROGRAMS_DV, new BytesRef(program)));
            }
            String text = span.of(doc.text());
            p.add(new StoredField(START, span.start()));
            p.add(new StoredField(END, span.end()));
            p.add(new StoredField(PAGE, doc.pageAt(span.start())));
            p.add(new StoredField(PASSAGE, text));
            for (String field : passageFields) {
                p.add(new TextField(field, text, Field.Store.NO));
            }
            // acts and programmes stated in this passage, by canonical form: `PF-6079` finds `УП-6079`
            for (Fact f : byStart.startingIn(span)) {
                if (f.value() instanceof ActRef a) {
                    p.add(new StringField(ACT, canonicalAct.apply(a.id()), Field.Store.NO));
                } else if (f.value() instanceof ProgramRef pr) {
                    p.add(new StringField(PROGRAM, FactCodec.programKey(pr.name()), Field.Store.NO));
                }
            }
            tail.add(p);
        }
        // the document entry comes last: its presence marks a complete block
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        common(d, KIND_DOC, doc, language, type, adoption, year);
        d.add(new SortedDocValuesField(DOC_ID_DV, new BytesRef(id))); // ranks filter-only searches, run on these entries
        d.add(new StoredField(PASSAGE_COUNT, passages.size()));
        d.add(new StoredField(FACT_COUNT, facts.size()));
        long t = StageClock.start();
        d.add(new StoredField(TEXT_SIGNATURE, TextSignature.of(doc.text()).toBytes()));
        StageClock.stop(Stage.SIGNATURE, t);
        addFactSummary(d, facts);
        tail.add(d);
        List<String> sentenceFields = sentenceFieldsFor(language);
        return () -> new Iterator<>() {
            private int nextFact;
            private int nextTail;
            private boolean sentenceDue;

            @Override
            public boolean hasNext() {
                return nextFact < facts.size() || sentenceDue || nextTail < tail.size();
            }

            @Override
            public org.apache.lucene.document.Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Budget.check(); // out of time part way: Lucene drops the entries of the block added so far
                if (sentenceDue) {
                    sentenceDue = false;
                    return sentence(id, FactCodec.rankedText(facts.get(nextFact - 1)), sentenceFields);
                }
                if (nextFact < facts.size()) {
                    int i = nextFact++;
                    Fact f = facts.get(i);
                    sentenceDue = nextFact == facts.size() || !sameSentence(f, facts.get(nextFact));
                    return FactCodec.encode(f, i, doc, canonicalAct);
                }
                return tail.get(nextTail++);
            }
        };
    }

    /**
     * The document's distinct acts, programmes and fact dates on its document entry: the search filters (--act,
     * --program, --from/--to) ask which documents hold such a fact, and one entry per document answers that far
     * faster than every fact entry of a large index.
     */
    private void addFactSummary(org.apache.lucene.document.Document d, List<Fact> facts) {
        Set<String> acts = new TreeSet<>();
        Set<String> programs = new TreeSet<>();
        Set<List<Long>> dates = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f.value() instanceof ActRef a) {
                acts.add(canonicalAct.apply(a.id()));
            } else if (f.value() instanceof ProgramRef p) {
                programs.add(FactCodec.programKey(p.name()));
            }
            DateValue dated = FactCodec.dateOf(f);
            if (dated != null) {
                dates.add(List.of(dated.first().toEpochDay(), dated.last().toEpochDay()));
            }
        }
        acts.forEach(a -> {
            d.add(new StringField(ACT, a, Field.Store.NO));
            d.add(new SortedSetDocValuesField(ACTS_DV, new BytesRef(a)));
        });
        programs.forEach(p -> d.add(new StringField(PROGRAM, p, Field.Store.NO)));
        dates.forEach(r -> d.add(new LongRange(DATE_RANGE, new long[] {r.get(0)}, new long[] {r.get(1)})));
    }

    /**
     * The facts starting in a span, found by binary search over their start offsets: scanning every fact for every
     * passage cost a document with thousands of each (a statistics table) seconds.
     */
    private static final class FactStarts {
        /** The facts as iterated (read once: the writer reads the entries again only when it adds them). */
        private final Fact[] facts;
        /** Indexes into {@link #facts}, ordered by start offset, then by index. */
        private final int[] order;
        private final int[] starts;

        FactStarts(List<Fact> list) {
            facts = new Fact[list.size()];
            int n = 0;
            for (Fact f : list) {
                facts[n++] = f;
            }
            order = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> facts[i].span().start()).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            starts = new int[n];
            for (int k = 0; k < n; k++) {
                starts[k] = facts[order[k]].span().start();
            }
        }

        /** The facts whose start lies in {@code span}, in their own order. */
        List<Fact> startingIn(Span span) {
            int from = firstAtOrAfter(span.start());
            int to = firstAtOrAfter(span.end());
            int[] found = Arrays.copyOfRange(order, from, to);
            Arrays.sort(found);
            List<Fact> out = new ArrayList<>(found.length);
            for (int i : found) {
                out.add(facts[i]);
            }
            return out;
        }

        private int firstAtOrAfter(int offset) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** Whether two facts in text order are ranked by one sentence entry. */
    private static boolean sameSentence(Fact a, Fact b) {
        return a.sentence().equals(b.sentence()) && FactCodec.rankedText(a).equals(FactCodec.rankedText(b));
    }

    /** The parent of the fact entries just before it: their sentence, analysed once for all of them. */
    private static org.apache.lucene.document.Document sentence(String id, String text, List<String> fields) {
        org.apache.lucene.document.Document s = new org.apache.lucene.document.Document();
        s.add(new StringField(KIND, KIND_SENTENCE, Field.Store.YES));
        s.add(new StringField(DOC_ID, id, Field.Store.YES));
        for (String field : fields) {
            s.add(new Field(field, text, SENTENCE_TEXT));
        }
        return s;
    }

    private static FieldType sentenceText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static void common(org.apache.lucene.document.Document e, String kind, Document doc, String language,
                               String type, String adoption, String year) {
        e.add(new StringField(KIND, kind, Field.Store.YES));
        e.add(new StringField(DOC_ID, doc.id().value(), Field.Store.YES));
        e.add(new StringField(CONTENT_HASH, doc.contentHash(), Field.Store.YES));
        e.add(new StringField(LANGUAGE, language, Field.Store.YES));
        e.add(new StringField(DOC_TYPE, type, Field.Store.YES));
        e.add(new StoredField(PATH, doc.source() == null ? doc.id().value() : doc.source().toString()));
        // analyzed on passages only (by the caller), so that the text fields are passage-only and text search needs
        // no kind filter
        e.add(new StoredField(kind.equals(KIND_PASSAGE) ? TITLE : DOC_TITLE, doc.title()));
        e.add(new StoredField(ADOPTION_DATE, adoption));
        if (!year.isEmpty()) {
            e.add(new StringField(YEAR, year, Field.Store.NO));
        }
        e.add(new IntPoint(OCR_PAGES, doc.ocrPages()));
    }

    /**
     * The adoption date: the ingester's metadata when given, else the first full date near the top of the text
     * (US orders: "Executive Order 13658 of February 12, 2014"), else the last one near its end (Uzbek and Kazakh
     * acts sign off with place and date), else empty.
     */
    static String adoptionDate(Document doc, List<Fact> facts) {
        String given = doc.metadata().get(ADOPTION_DATE_KEY);
        if (given != null) {
            try {
                return new DateValue(given.trim()).first().toString();
            } catch (IllegalArgumentException e) {
                // fall through to the guess
            }
        }
        int length = doc.text().length();
        DateValue head = null;
        DateValue tail = null;
        for (Fact f : facts) {
            if (f.value() instanceof DateValue dv && !dv.isPeriod() && dv.iso().length() == 10) {
                if (head == null && f.span().start() < HEAD_OR_TAIL_CHARS) {
                    head = dv;
                }
                if (f.span().start() >= length - HEAD_OR_TAIL_CHARS) {
                    tail = dv;
                }
            }
        }
        DateValue chosen = head != null ? head : tail;
        return chosen == null ? "" : chosen.iso();
    }
}

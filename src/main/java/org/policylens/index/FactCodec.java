package org.policylens.index;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.policylens.model.ActRef;
import org.policylens.model.DateValue;
import org.policylens.model.DocumentId;
import org.policylens.model.Fact;
import org.policylens.model.FactType;
import org.policylens.model.Money;
import org.policylens.model.Percent;
import org.policylens.model.ProgramRef;
import org.policylens.model.Qualifier;
import org.policylens.model.Quantity;
import org.policylens.model.Span;
import org.policylens.model.Value;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.policylens.index.IndexSchema.*;

/** Writes a {@link Fact} as one Lucene entry (typed, searchable fields plus everything needed to rebuild it) and reads it back. */
final class FactCodec {
    private FactCodec() {
    }

    static org.apache.lucene.document.Document encode(Fact fact, int ordinal, org.policylens.model.Document ctx,
                                                      UnaryOperator<String> canonicalAct) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(KIND, KIND_FACT, Field.Store.YES));
        d.add(new StringField(DOC_ID, fact.document().value(), Field.Store.YES));
        d.add(new StringField(CONTENT_HASH, ctx.contentHash(), Field.Store.YES));
        d.add(new StoredField(PAGE, ctx.pageAt(fact.span().start())));
        d.add(new StoredField(ORDINAL, ordinal));
        // equal-score facts are ranked by document id, then text order, the same in every backend
        d.add(new SortedDocValuesField(DOC_ID_DV, new BytesRef(fact.document().value())));
        d.add(new NumericDocValuesField(ORDINAL, ordinal));

        Value value = fact.value();
        d.add(new StringField(FACT_TYPE, value.type().name(), Field.Store.YES));
        d.add(new StoredField(VALUE, value.normalized()));
        if (!value.unit().isEmpty()) { // most facts have none, and no search asks for an empty unit
            d.add(new StringField(UNIT, value.unit(), Field.Store.YES));
        }
        if (value instanceof Quantity q) {
            amount(d, q.amount());
        } else if (value instanceof Money m) {
            amount(d, m.amount());
        } else if (value instanceof Percent p) {
            amount(d, p.amount());
        } else if (value instanceof ActRef a) {
            d.add(new StringField(ACT, canonicalAct.apply(a.id()), Field.Store.NO));
        } else if (value instanceof ProgramRef p) {
            d.add(new StringField(PROGRAM, programKey(p.name()), Field.Store.NO));
        }
        DateValue dated = dateOf(fact);
        if (dated != null) {
            d.add(new LongPoint(DATE_FIRST, dated.first().toEpochDay()));
            d.add(new LongPoint(DATE_LAST, dated.last().toEpochDay()));
        }

        d.add(new StoredField(START, fact.span().start()));
        d.add(new StoredField(END, fact.span().end()));
        d.add(new StoredField(FACT_TEXT, fact.text()));
        d.add(new StoredField(QUALIFIER, fact.qualifier().code()));
        fact.when().ifPresent(w -> d.add(new StoredField(WHEN, w.iso())));
        d.add(new StoredField(SUBJECT, fact.subject()));
        d.add(new StoredField(SENTENCE_START, fact.sentence().start()));
        d.add(new StoredField(SENTENCE_END, fact.sentence().end()));
        d.add(new StoredField(SENTENCE, fact.sentenceText()));
        return d;
    }

    /** The date a fact is filed under: a DATE's value, else the date its figure or act refers to, else null. */
    static DateValue dateOf(Fact fact) {
        return fact.value() instanceof DateValue dv ? dv : fact.when().orElse(null);
    }

    /** The text a fact is ranked by: its sentence, or the fact's own text when it has none. */
    static String rankedText(Fact fact) {
        return fact.sentenceText().isBlank() ? fact.text() : fact.sentenceText();
    }

    static String programKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static void amount(org.apache.lucene.document.Document d, BigDecimal amount) {
        d.add(new DoublePoint(AMOUNT, amount.doubleValue()));
        d.add(new StoredField(AMOUNT_RAW, amount.toString())); // toString keeps the scale: exact round trip
    }

    static Fact decode(org.apache.lucene.document.Document d) {
        FactType type = FactType.valueOf(d.get(FACT_TYPE));
        String normalized = d.get(VALUE);
        String unit = d.get(UNIT) == null ? "" : d.get(UNIT);
        Value value = switch (type) {
            case DATE -> new DateValue(normalized);
            case NUMBER -> new Quantity(new BigDecimal(d.get(AMOUNT_RAW)), unit);
            case MONEY -> new Money(new BigDecimal(d.get(AMOUNT_RAW)), unit);
            case PERCENT -> new Percent(new BigDecimal(d.get(AMOUNT_RAW)));
            case ACT -> new ActRef(normalized);
            case PROGRAM -> new ProgramRef(normalized);
        };
        String when = d.get(WHEN);
        return new Fact(new DocumentId(d.get(DOC_ID)), new Span(intOf(d, START), intOf(d, END)), d.get(FACT_TEXT),
                value, Qualifier.fromCode(d.get(QUALIFIER)), Optional.ofNullable(when).map(DateValue::new),
                d.get(SUBJECT), new Span(intOf(d, SENTENCE_START), intOf(d, SENTENCE_END)), d.get(SENTENCE));
    }

    static int intOf(org.apache.lucene.document.Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
    }
}

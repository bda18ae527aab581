package org.policylens.extract;

import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.budget.SharedWork;
import org.policylens.extract.act.ActFinder;
import org.policylens.extract.act.OwnActNumbers;
import org.policylens.extract.amount.AmountFinder;
import org.policylens.extract.date.DateFinder;
import org.policylens.extract.link.ActDateLinker;
import org.policylens.extract.link.FigureLinker;
import org.policylens.extract.program.ProgramFinder;

import java.util.List;

/** The production extractor: OpenNLP annotation, every finder, overlap resolution and linking. */
public final class StandardExtractors {
    private StandardExtractors() {
    }

    /**
     * A long text is extracted on every core. The act, date and amount finders look no further than a paragraph; the
     * programme finder's name model keeps what it tagged earlier in a document (OpenNLP's previous-map features), so
     * it reads the whole text.
     */
    public static FactExtractor create() {
        return create(SharedWork.cores());
    }

    /** The production extractor using at most {@code cores} threads on a long text (1: all on the caller). */
    public static FactExtractor create(int cores) {
        return new PipelineFactExtractor(new OpenNlpAnnotator(),
                List.of(new ActFinder(), new OwnActNumbers(), new ProgramFinder(), new DateFinder(), new AmountFinder()),
                f -> !(f instanceof ProgramFinder || f instanceof OwnActNumbers), cores, new FigureLinker(),
                new ActDateLinker());
    }
}

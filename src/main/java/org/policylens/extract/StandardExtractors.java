package org.policylens.extract;

import org.policylens.annotate.OpenNlpAnnotator;
import org.policylens.extract.act.ActFinder;
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

    public static FactExtractor create() {
        return new PipelineFactExtractor(new OpenNlpAnnotator(),
                List.of(new ActFinder(), new ProgramFinder(), new DateFinder(), new AmountFinder()),
                new FigureLinker(), new ActDateLinker());
    }
}

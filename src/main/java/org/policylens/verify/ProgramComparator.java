package org.policylens.verify;

import org.policylens.model.Fact;
import org.policylens.model.ProgramRef;

/** Programmes are canonical names: the same name supports, another name is another programme. */
final class ProgramComparator implements ValueComparator {
    static final ProgramComparator INSTANCE = new ProgramComparator();

    private ProgramComparator() {
    }

    @Override
    public Comparison compare(Fact a, Fact b) {
        if (a.value() instanceof ProgramRef pa && b.value() instanceof ProgramRef pb
                && pa.name().strip().equalsIgnoreCase(pb.name().strip())) {
            return Comparison.compatible(1.0, "same programme");
        }
        return Comparison.incomparable("different programmes");
    }
}

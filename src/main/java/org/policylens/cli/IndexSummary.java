package org.policylens.cli;

import org.policylens.model.IngestOutcome;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Counts of an index run, and the one line per failed file that goes to stderr. */
record IndexSummary(int indexed, int unchanged, int removed, int failed, List<IngestOutcome.Failed> failures) {

    static IndexSummary of(List<IngestOutcome> outcomes) {
        int indexed = 0;
        int unchanged = 0;
        int removed = 0;
        List<IngestOutcome.Failed> failures = new ArrayList<>();
        for (IngestOutcome o : outcomes) {
            if (o instanceof IngestOutcome.Indexed) {
                indexed++;
            } else if (o instanceof IngestOutcome.Unchanged) {
                unchanged++;
            } else if (o instanceof IngestOutcome.Removed) {
                removed++;
            } else if (o instanceof IngestOutcome.Failed f) {
                failures.add(f);
            }
        }
        return new IndexSummary(indexed, unchanged, removed, failures.size(), List.copyOf(failures));
    }

    void printFailures(PrintWriter err) {
        for (IngestOutcome.Failed f : failures) {
            err.println("policylens: failed: " + Terminal.escape(f.path()) + ": " + Terminal.escape(f.reason()));
        }
        err.flush();
    }
}

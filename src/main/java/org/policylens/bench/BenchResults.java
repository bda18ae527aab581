package org.policylens.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything one benchmark run measured, ready for the report writers. */
public record BenchResults(MachineInfo machine, List<Integer> sizes, int repetitions, long seed, Instant startedAt,
                           double wallSeconds, List<Measurement> measurements, List<TargetCheck> targets,
                           List<String> notes) {

    public BenchResults {
        sizes = List.copyOf(sizes);
        measurements = List.copyOf(measurements);
        targets = List.copyOf(targets);
        notes = List.copyOf(notes);
    }

    /** The summary value (repetition 0) of a metric, if measured. */
    public Optional<Double> summary(int size, String system, String metric) {
        return measurements.stream()
                .filter(m -> m.size() == size && m.repetition() == 0 && m.system().equals(system) && m.metric().equals(metric))
                .map(Measurement::value).findFirst();
    }

    /** Systems that have a summary of the metric at any size, in first-seen order. */
    public List<String> systemsWith(String metric) {
        return measurements.stream().filter(m -> m.repetition() == 0 && m.metric().equals(metric))
                .map(Measurement::system).distinct().toList();
    }

    /** Every measurement of one system and metric, in order. */
    public List<Measurement> all(String system, String metric) {
        return measurements.stream().filter(m -> m.system().equals(system) && m.metric().equals(metric)).toList();
    }
}

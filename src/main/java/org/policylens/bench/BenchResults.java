package org.policylens.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run measured, ready for the report writers. {@code repetitions} is the most
 * timed runs any size got; {@code method} says, one line each, how this run warmed up, repeated and what
 * text grep searched (empty: the report states the plain default).
 */
public record BenchResults(MachineInfo machine, List<Integer> sizes, int repetitions, long seed, Instant startedAt,
                           double wallSeconds, List<Measurement> measurements, List<TargetCheck> targets,
                           List<String> notes, List<String> method) {

    public BenchResults {
        sizes = List.copyOf(sizes);
        measurements = List.copyOf(measurements);
        targets = List.copyOf(targets);
        notes = List.copyOf(notes);
        method = List.copyOf(method);
    }

    public BenchResults(MachineInfo machine, List<Integer> sizes, int repetitions, long seed, Instant startedAt,
                        double wallSeconds, List<Measurement> measurements, List<TargetCheck> targets,
                        List<String> notes) {
        this(machine, sizes, repetitions, seed, startedAt, wallSeconds, measurements, targets, notes, List.of());
    }

    /** Timed runs of a system at a size: its per-repetition {@code time_s} rows. */
    public int runs(int size, String system) {
        return (int) measurements.stream().filter(m -> m.size() == size && m.repetition() > 0
                && m.system().equals(system) && m.metric().equals("time_s")).count();
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

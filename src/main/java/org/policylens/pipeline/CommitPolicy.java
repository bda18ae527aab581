package org.policylens.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * When an index run commits: after {@code documents} newly indexed documents or {@code interval} after the last
 * commit, whichever comes first (checked as each file finishes), and at the end. The interval bounds what a
 * killed run loses however slow its files are; the count bounds the commits' share of a fast run.
 */
public record CommitPolicy(int documents, Duration interval) {
    public static final CommitPolicy DEFAULT = new CommitPolicy(2000, Duration.ofSeconds(60));

    public CommitPolicy {
        Objects.requireNonNull(interval, "interval");
        if (documents < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("commit every " + documents + " documents or " + interval);
        }
    }

    /** Every {@code documents} documents, or 60 s. */
    public static CommitPolicy every(int documents) {
        return new CommitPolicy(documents, DEFAULT.interval());
    }

    /** Whether to commit now, with {@code pending} documents written since the last commit {@code sinceNanos} ago. */
    boolean due(int pending, long sinceNanos) {
        return pending >= documents || pending > 0 && sinceNanos >= interval.toNanos();
    }
}

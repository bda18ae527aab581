package org.policylens.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JitWarmupPolicyTest {
    private final JitWarmupPolicy policy = new JitWarmupPolicy(3, 10, 100, 0.2, 2);

    @Test
    void stopsAfterTheQuietPassesInARowOnceTheMinimumIsMade() {
        assertFalse(policy.done(List.of(0.1, 0.1), 5), "under the minimum of 3 passes");
        assertTrue(policy.done(List.of(0.9, 0.1, 0.1), 5));
        assertFalse(policy.done(List.of(0.9, 0.1, 0.3), 5), "the last pass compiled too long");
        assertFalse(policy.done(List.of(0.1, 0.9, 0.1), 5), "one quiet pass is not enough");
        assertTrue(policy.done(List.of(0.9, 0.8, 0.2, 0.2), 5), "at the share counts as quiet");
    }

    @Test
    void stopsAtThePassAndTimeCapsWhileStillCompiling() {
        List<Double> busy = List.of(0.9, 0.9, 0.9);
        assertFalse(policy.done(busy, 99));
        assertTrue(policy.done(busy, 100), "time cap");
        assertFalse(policy.quiet(busy));
        assertTrue(policy.done(List.of(0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9), 5), "pass cap");
        assertFalse(policy.done(List.of(0.9), 1000), "the minimum passes are made whatever the time");
    }

    @Test
    void unknownCompileTimeCountsAsQuietAndFixedPoliciesIgnoreTheCompiler() {
        assertTrue(policy.done(List.of(Double.NaN, Double.NaN, Double.NaN), 1));
        JitWarmupPolicy two = JitWarmupPolicy.fixed(2);
        assertFalse(two.done(List.of(0.9), 1));
        assertTrue(two.done(List.of(0.9, 0.9), 1));
        assertThrows(IllegalArgumentException.class, () -> new JitWarmupPolicy(3, 2, 10, 0.2, 1));
    }

    @Test
    void describesItsStoppingRuleForTheReport() {
        assertEquals("a fixed 2 passes", JitWarmupPolicy.fixed(2).describe());
        assertEquals("until the JIT compiled for at most 20 % of a pass's wall time 2 passes in a row (3 to 10 passes, "
                + "at most 100 s)", policy.describe());
    }
}

package org.policylens.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.policylens.budget.SharedWork;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StageClockTest {

    @AfterEach
    void off() {
        StageClock.enable(false);
        StageClock.reset();
    }

    @Test
    void offRecordsNothing() {
        StageClock.reset();
        long t = StageClock.start();
        assertEquals(0, t);
        StageClock.stop(Stage.PARSE, t);
        assertTrue(StageClock.snapshot().isEmpty());
    }

    @Test
    void onSumsEachStageInPipelineOrderThenOthersByName() throws Exception {
        StageClock.reset();
        StageClock.enable(true);
        for (String stage : List.of("zz custom", Stage.INDEX, "aa custom", Stage.PARSE, Stage.PARSE)) {
            long t = StageClock.start();
            spin(2_000_000);
            StageClock.stop(stage, t);
        }
        List<StageClock.StageTime> times = StageClock.snapshot();
        assertEquals(List.of(Stage.PARSE, Stage.INDEX, "aa custom", "zz custom"),
                times.stream().map(StageClock.StageTime::stage).toList());
        assertEquals(2, times.get(0).calls());
        assertTrue(times.get(0).nanos() >= 4_000_000, times.toString());
    }

    @Test
    void waitingCostsNothingWorkingCostsItsCpuTime() throws Exception {
        assumeTrue(StageClock.cpuTime(), "no thread CPU time on this JVM");
        StageClock.enable(true);
        long t = StageClock.start();
        Thread.sleep(200);
        StageClock.stop("waiting", t);
        t = StageClock.start();
        spin(50_000_000);
        StageClock.stop("working", t);
        List<StageClock.StageTime> times = StageClock.snapshot();
        assertTrue(times.get(1).stage().equals("working") && times.get(1).nanos() >= 50_000_000, times.toString());
        assertTrue(times.get(0).stage().equals("waiting") && times.get(0).nanos() < 50_000_000, times.toString());
    }

    @Test
    void aStageIsChargedWithTheWorkItsHelpersDid() {
        assumeTrue(StageClock.cpuTime(), "no thread CPU time on this JVM");
        StageClock.enable(true);
        long t = StageClock.start();
        // eight parts of 20 ms of CPU each, on whichever threads take them: the caller's stage costs all of them
        SharedWork.map(8, k -> {
            long part = StageClock.start();
            spin(20_000_000);
            StageClock.stop("part", part);
            return k;
        });
        StageClock.stop("whole", t);
        List<StageClock.StageTime> times = StageClock.snapshot();
        long parts = times.stream().filter(s -> s.stage().equals("part")).findFirst().orElseThrow().nanos();
        long whole = times.stream().filter(s -> s.stage().equals("whole")).findFirst().orElseThrow().nanos();
        assertTrue(parts >= 160_000_000 && whole >= parts, times.toString());
    }

    /** Burns {@code nanos} of this thread's CPU time. */
    private static void spin(long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = StageClock.cpuTime();
        long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        long sink = 0;
        while ((cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start < nanos) {
            sink += Long.numberOfTrailingZeros(sink + start);
        }
        assertTrue(sink >= 0);
    }
}

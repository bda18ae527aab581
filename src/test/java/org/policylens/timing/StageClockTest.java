package org.policylens.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
            Thread.sleep(2);
            StageClock.stop(stage, t);
        }
        List<StageClock.StageTime> times = StageClock.snapshot();
        assertEquals(List.of(Stage.PARSE, Stage.INDEX, "aa custom", "zz custom"),
                times.stream().map(StageClock.StageTime::stage).toList());
        assertEquals(2, times.get(0).calls());
        assertTrue(times.get(0).nanos() >= 4_000_000, times.toString());
    }
}

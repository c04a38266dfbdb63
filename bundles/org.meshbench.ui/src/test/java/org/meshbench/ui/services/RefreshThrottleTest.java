package org.meshbench.ui.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshThrottleTest {

    private static final long INTERVAL = 250;

    private long now = 10_000;
    private final List<Long> delays = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private int refreshes;
    private final RefreshThrottle throttle = new RefreshThrottle(() -> now, INTERVAL, (task, delay) -> {
        delays.add(delay);
        scheduled.add(task);
    }, () -> refreshes++);

    @Test
    void theFirstEventIsShownAtOnce() {
        throttle.request();
        assertEquals(List.of(0L), delays);
    }

    @Test
    void aBurstOfEventsGivesOneRefresh() {
        for (int i = 0; i < 10_000; i++) {
            throttle.request();
        }
        assertEquals(1, scheduled.size());
        runScheduled();
        assertEquals(1, refreshes);
    }

    @Test
    void eventsSoonAfterARefreshWaitForTheRestOfTheInterval() {
        throttle.request();
        runScheduled();
        now += 100;
        throttle.request();
        throttle.request();
        assertEquals(List.of(0L, INTERVAL - 100), delays);
        now += INTERVAL - 100;
        runScheduled();
        assertEquals(2, refreshes);
    }

    @Test
    void anEventDuringARefreshIsNotLost() {
        RefreshThrottle[] self = new RefreshThrottle[1];
        self[0] = new RefreshThrottle(() -> now, INTERVAL, (task, delay) -> scheduled.add(task), () -> {
            refreshes++;
            if (refreshes == 1) {
                self[0].request(); // the model changed while the view read it
            }
        });
        self[0].request();
        runScheduled();
        assertEquals(1, scheduled.size());
        runScheduled();
        assertEquals(2, refreshes);
    }

    @Test
    void withoutAnIntervalABurstWhileARefreshWaitsInTheExecutorGivesOne() {
        RefreshThrottle immediate = new RefreshThrottle(scheduled::add, () -> refreshes++);
        immediate.request();
        immediate.request();
        assertEquals(1, scheduled.size());
        runScheduled();
        immediate.request();
        assertEquals(1, scheduled.size(), "the next event is handed over at once");
        assertEquals(1, refreshes);
    }

    private void runScheduled() {
        Runnable task = scheduled.remove(0);
        task.run();
    }
}

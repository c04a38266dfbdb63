package org.meshbench.testcases.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshCoalescerTest {

    private final Queue<Runnable> uiQueue = new ArrayDeque<>();
    private final AtomicInteger refreshes = new AtomicInteger();

    @Test
    void aBurstOfChangesGivesOneRefresh() {
        RefreshCoalescer coalescer = new RefreshCoalescer(uiQueue::add, refreshes::incrementAndGet);

        coalescer.request();
        coalescer.request();
        coalescer.request();

        assertEquals(1, uiQueue.size());
        uiQueue.poll().run();
        assertEquals(1, refreshes.get());
    }

    @Test
    void aChangeDuringARefreshGivesAnotherRefresh() {
        RefreshCoalescer[] coalescer = new RefreshCoalescer[1];
        coalescer[0] = new RefreshCoalescer(uiQueue::add, () -> {
            if (refreshes.incrementAndGet() == 1) {
                coalescer[0].request();
            }
        });

        coalescer[0].request();
        uiQueue.poll().run();

        assertEquals(1, uiQueue.size());
        uiQueue.poll().run();
        assertEquals(2, refreshes.get());
    }
}

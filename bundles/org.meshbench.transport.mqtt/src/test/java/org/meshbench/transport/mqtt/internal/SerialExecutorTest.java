package org.meshbench.transport.mqtt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    @Test
    void runsTasksOneAtATimeInOrderAcrossBatches() throws Exception {
        SerialExecutor serial = new SerialExecutor(pool);
        List<Integer> seen = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        int count = 5_000;
        CountDownLatch done = new CountDownLatch(count);

        for (int i = 0; i < count; i++) {
            int value = i;
            serial.execute(() -> {
                if (running.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                seen.add(value);
                running.decrementAndGet();
                done.countDown();
            });
        }

        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(0, overlaps.get());
        for (int i = 0; i < count; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheQueue() throws Exception {
        SerialExecutor serial = new SerialExecutor(pool);
        CountDownLatch after = new CountDownLatch(1);

        serial.execute(() -> {
            throw new IllegalStateException("expected by the test");
        });
        serial.execute(after::countDown);

        assertTrue(after.await(5, TimeUnit.SECONDS));
    }

    @Test
    void aShutDownPoolRejects() {
        pool.shutdown();
        SerialExecutor serial = new SerialExecutor(pool);

        assertThrows(RejectedExecutionException.class, () -> serial.execute(() -> { }));
    }
}

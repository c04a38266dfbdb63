package org.meshbench.network.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.network.ListenerRegistration;
import org.meshbench.network.testing.Await;

class ListenerSetTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger drops = new AtomicInteger();
    private final List<Object> failures = new ArrayList<>();
    private final ListenerSet<Integer> set = new ListenerSet<>(pool, 10, drops::incrementAndGet,
            (listener, failure) -> {
                synchronized (failures) {
                    failures.add(failure);
                }
            });

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void deliversInOrderOnThePoolNotOnThePublishingThread() throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        set.add(event -> {
            thread.set(Thread.currentThread());
            synchronized (seen) {
                seen.add(event);
            }
        });
        for (int i = 0; i < 10; i++) {
            set.publish(i);
        }
        Await.until("10 events", () -> {
            synchronized (seen) {
                return seen.size() == 10;
            }
        });
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
        assertTrue(thread.get() != Thread.currentThread());
    }

    @Test
    void aSlowListenerDropsItsOwnOverflowWithoutStallingThePublisherOrOthers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        ListenerRegistration slow = set.add(event -> awaitQuietly(release));
        AtomicInteger fastCount = new AtomicInteger();
        ListenerRegistration fast = set.add(event -> fastCount.incrementAndGet());

        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            set.publish(i);
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "publishing never blocks");
        Await.until("the fast listener got or dropped every event", () -> fastCount.get() + fast.dropped() == 1_000);
        release.countDown();
        // One event in progress plus a full queue of 10; everything else is dropped.
        assertTrue(slow.dropped() >= 1_000 - 11, "slow listener dropped " + slow.dropped());
        assertEquals(slow.dropped() + fast.dropped(), drops.get());
    }

    @Test
    void aFailingListenerIsReportedAndKeepsReceiving() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        set.add(event -> {
            calls.incrementAndGet();
            if (event == 2) {
                throw new StackOverflowError("an Error, boom " + event);
            }
            throw new IllegalStateException("boom " + event);
        });
        set.publish(1);
        set.publish(2);
        set.publish(3);
        Await.until("all three events", () -> calls.get() == 3);
        Await.until("three failures", () -> {
            synchronized (failures) {
                return failures.size() == 3;
            }
        });
    }

    @Test
    void aClosedListenerGetsNothingMore() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        ListenerRegistration registration = set.add(event -> calls.incrementAndGet());
        set.publish(1);
        Await.until("first event", () -> calls.get() == 1);
        registration.close();
        set.publish(2);
        assertTrue(set.isEmpty());
        Thread.sleep(50);
        assertEquals(1, calls.get());
    }

    @Test
    void filtersSelectEvents() throws InterruptedException {
        List<Integer> even = new ArrayList<>();
        set.add(event -> event % 2 == 0, event -> {
            synchronized (even) {
                even.add(event);
            }
        });
        for (int i = 0; i < 6; i++) {
            set.publish(i);
        }
        Await.until("three even events", () -> {
            synchronized (even) {
                return even.size() == 3;
            }
        });
        assertEquals(List.of(0, 2, 4), even);
    }

    @Test
    void aLingeringSetDeliversEverythingInOrderWithFewWakeUps() throws InterruptedException {
        AtomicInteger wakeUps = new AtomicInteger();
        Executor counting = task -> {
            wakeUps.incrementAndGet();
            pool.execute(task);
        };
        ListenerSet<Integer> lingering = new ListenerSet<>(counting, 2_000, drops::incrementAndGet,
                (listener, failure) -> { }, timer, Duration.ofMillis(20));
        List<Integer> seen = new ArrayList<>();
        lingering.add(event -> {
            synchronized (seen) {
                seen.add(event);
            }
        });
        for (int i = 0; i < 1_000; i++) {
            lingering.publish(i);
        }
        Await.until("1000 events", () -> {
            synchronized (seen) {
                return seen.size() == 1_000;
            }
        });
        for (int i = 0; i < 1_000; i++) {
            assertEquals(i, seen.get(i));
        }
        assertTrue(wakeUps.get() < 1_000 / 4, wakeUps.get() + " pool executions for 1000 events");
    }

    @Test
    void flushEndsTheLingerAtOnce() throws InterruptedException {
        ListenerSet<Integer> lingering = new ListenerSet<>(pool, 10, drops::incrementAndGet, (listener, failure) -> { },
                timer, Duration.ofHours(1));
        AtomicInteger calls = new AtomicInteger();
        lingering.add(event -> calls.incrementAndGet());
        lingering.publish(1);
        lingering.flush();
        Await.until("the lingering event", () -> calls.get() == 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.meshbench.transport.mqtt.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks one at a time, in submission order, on a shared pool. {@link #execute} only
 * queues, so it is cheap enough for the MQTT callback thread. After a batch the drain gives
 * its pool thread back, so that one busy queue does not starve the others. Thread-safe.
 */
final class SerialExecutor implements Executor {
    private static final System.Logger LOG = System.getLogger(SerialExecutor.class.getName());
    private static final int BATCH = 256;

    private final Executor pool;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    /**
     * @param task the task to run after the ones already queued
     * @throws RejectedExecutionException if the pool was shut down
     */
    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        scheduleIfIdle();
    }

    private void scheduleIfIdle() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
                tasks.clear();
                throw e;
            }
        }
    }

    private void drain() {
        try {
            Runnable task;
            for (int done = 0; done < BATCH && (task = tasks.poll()) != null; done++) {
                runGuarded(task);
            }
        } finally {
            scheduled.set(false);
            if (!tasks.isEmpty()) {
                rescheduleAfterBatch();
            }
        }
    }

    private void rescheduleAfterBatch() {
        try {
            scheduleIfIdle();
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "pool shut down, queued tasks dropped");
        }
    }

    private static void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (Throwable e) { // an Error must not end the pool thread that runs every queued task
            LOG.log(System.Logger.Level.WARNING, "task failed", e);
        }
    }
}

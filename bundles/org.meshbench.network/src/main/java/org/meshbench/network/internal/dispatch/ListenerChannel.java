package org.meshbench.network.internal.dispatch;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.meshbench.network.ListenerRegistration;

/**
 * One listener with its own bounded queue, drained on a shared pool one event at a time, in
 * order. {@link #offer} never blocks: when the queue is full the event is dropped and counted,
 * so a slow listener cannot hold up the thread that produces events. A drain gives its pool
 * thread back after a batch so that one busy listener does not starve the others. When the host
 * lingers, a drain starts only once a batch is full or the linger is over. Thread-safe.
 *
 * @param <T> the event type
 */
public final class ListenerChannel<T> implements ListenerRegistration {
    private static final int BATCH = 64;

    private final Predicate<? super T> filter;
    private final Consumer<? super T> listener;
    private final ChannelHost host;
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean lingering = new AtomicBoolean();
    private final LongAdder dropped = new LongAdder();
    private volatile boolean closed;

    /** What a channel needs from its owner. */
    interface ChannelHost {
        Executor pool();

        /** @return whether events may wait for {@link #afterLinger} before a drain starts */
        boolean lingers();

        /** @param task run once the linger is over */
        void afterLinger(Runnable task);

        int capacity();

        void dropped();

        void failed(Object listener, Throwable failure);

        void closed(ListenerChannel<?> channel);
    }

    ListenerChannel(Predicate<? super T> filter, Consumer<? super T> listener, ChannelHost host) {
        this.filter = filter;
        this.listener = listener;
        this.host = host;
    }

    /** Queues the event if the filter accepts it; drops it if the queue is full. */
    void offer(T event) {
        if (closed || !filter.test(event)) {
            return;
        }
        if (queued.incrementAndGet() > host.capacity()) {
            queued.decrementAndGet();
            dropped.increment();
            host.dropped();
            return;
        }
        queue.add(event);
        if (host.lingers() && queued.get() < BATCH) {
            lingerThenSchedule();
        } else {
            schedule();
        }
    }

    private void lingerThenSchedule() {
        if (lingering.compareAndSet(false, true)) {
            try {
                host.afterLinger(this::lingerOver);
            } catch (RejectedExecutionException shutDown) {
                lingering.set(false);
                schedule();
            }
        }
    }

    // Cleared before the queue is looked at, so that an event queued meanwhile arms a new linger.
    private void lingerOver() {
        lingering.set(false);
        flush();
    }

    void flush() {
        if (!queue.isEmpty()) {
            schedule();
        }
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                host.pool().execute(this::drain);
            } catch (RejectedExecutionException shutDown) {
                scheduled.set(false);
            }
        }
    }

    private void drain() {
        try {
            T event;
            for (int done = 0; done < BATCH && (event = queue.poll()) != null; done++) {
                queued.decrementAndGet();
                deliver(event);
            }
        } finally {
            scheduled.set(false);
            if (!queue.isEmpty() && !closed) {
                schedule();
            }
        }
    }

    private void deliver(T event) {
        if (closed) {
            return;
        }
        try {
            listener.accept(event);
        } catch (Throwable e) { // an Error too: it must not kill the worker that serves every listener
            host.failed(listener, e);
        }
    }

    @Override
    public long dropped() {
        return dropped.sum();
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        host.closed(this);
    }
}

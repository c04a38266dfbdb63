package org.meshbench.network.internal.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.meshbench.network.ListenerRegistration;

/**
 * The listeners of one event type. {@link #publish} only queues, so it is safe on the threads
 * that process MQTT traffic. Thread-safe.
 *
 * @param <T> the event type
 */
public final class ListenerSet<T> implements ListenerChannel.ChannelHost {
    private final List<ListenerChannel<T>> channels = new CopyOnWriteArrayList<>();
    private final Executor pool;
    private final int capacity;
    private final Runnable dropCounter;
    private final BiConsumer<Object, Throwable> failureHandler;
    private final ScheduledExecutorService timer;
    private final long lingerNanos;

    /**
     * A set that wakes a pool thread for every event that finds its listener idle.
     *
     * @param pool runs the listeners
     * @param capacity queue capacity per listener
     * @param dropCounter told of every dropped event
     * @param failureHandler told when a listener throws
     */
    public ListenerSet(Executor pool, int capacity, Runnable dropCounter,
            BiConsumer<Object, Throwable> failureHandler) {
        this(pool, capacity, dropCounter, failureHandler, null, Duration.ZERO);
    }

    /**
     * A set for high-rate events: a listener's events wait up to {@code linger} (or until a batch
     * is full) and are then delivered together, so that a pool thread is woken once per batch
     * rather than once per event.
     *
     * @param pool runs the listeners
     * @param capacity queue capacity per listener
     * @param dropCounter told of every dropped event
     * @param failureHandler told when a listener throws
     * @param timer ends the lingering; its tasks are short
     * @param linger the longest an event waits before its listener is woken
     */
    public ListenerSet(Executor pool, int capacity, Runnable dropCounter,
            BiConsumer<Object, Throwable> failureHandler, ScheduledExecutorService timer, Duration linger) {
        this.pool = pool;
        this.capacity = capacity;
        this.dropCounter = dropCounter;
        this.failureHandler = failureHandler;
        this.timer = timer;
        this.lingerNanos = linger.toNanos();
    }

    /**
     * @param filter which events the listener gets
     * @param listener the listener
     * @return its registration
     */
    public ListenerRegistration add(Predicate<? super T> filter, Consumer<? super T> listener) {
        ListenerChannel<T> channel = new ListenerChannel<>(filter, listener, this);
        channels.add(channel);
        return channel;
    }

    /**
     * @param listener a listener for every event
     * @return its registration
     */
    public ListenerRegistration add(Consumer<? super T> listener) {
        return add(event -> true, listener);
    }

    /** @param event queued for every listener whose filter accepts it */
    public void publish(T event) {
        for (ListenerChannel<T> channel : channels) {
            channel.offer(event);
        }
    }

    /** Starts delivering the events that linger, at once; for closing, when no timer will end the linger. */
    public void flush() {
        for (ListenerChannel<T> channel : channels) {
            channel.flush();
        }
    }

    /** @return whether no listener is registered, so that callers can skip building events */
    public boolean isEmpty() {
        return channels.isEmpty();
    }

    @Override
    public Executor pool() {
        return pool;
    }

    @Override
    public boolean lingers() {
        return lingerNanos > 0;
    }

    @Override
    public void afterLinger(Runnable task) {
        timer.schedule(task, lingerNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public void dropped() {
        dropCounter.run();
    }

    @Override
    public void failed(Object listener, Throwable failure) {
        failureHandler.accept(listener, failure);
    }

    @Override
    public void closed(ListenerChannel<?> channel) {
        channels.remove(channel);
    }
}

package org.meshbench.network.internal.dispatch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
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
    private final BiConsumer<Object, RuntimeException> failureHandler;

    /**
     * @param pool runs the listeners
     * @param capacity queue capacity per listener
     * @param dropCounter told of every dropped event
     * @param failureHandler told when a listener throws
     */
    public ListenerSet(Executor pool, int capacity, Runnable dropCounter,
            BiConsumer<Object, RuntimeException> failureHandler) {
        this.pool = pool;
        this.capacity = capacity;
        this.dropCounter = dropCounter;
        this.failureHandler = failureHandler;
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

    /** @return whether no listener is registered, so that callers can skip building events */
    public boolean isEmpty() {
        return channels.isEmpty();
    }

    @Override
    public Executor pool() {
        return pool;
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
    public void failed(Object listener, RuntimeException failure) {
        failureHandler.accept(listener, failure);
    }

    @Override
    public void closed(ListenerChannel<?> channel) {
        channels.remove(channel);
    }
}

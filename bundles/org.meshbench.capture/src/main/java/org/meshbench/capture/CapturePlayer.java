package org.meshbench.capture;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.MqttTransportException;

/**
 * Republishes a capture's messages with their topics, payloads, QoS and retain flags: at the original pacing
 * (speed 1), faster or slower, or as fast as the broker takes them ({@link #MAX_SPEED}). Publishes stay in
 * order; at most the transport's in-flight window of them await acknowledgement. Not thread-safe; stops when
 * its thread is interrupted.
 */
public final class CapturePlayer {

    /** Publish without waiting between messages. */
    public static final double MAX_SPEED = Double.POSITIVE_INFINITY;

    private final MqttTransport transport;
    private final double speed;

    /**
     * @param transport a connected transport to publish on
     * @param speed 1 for the original pacing, 2 for twice as fast, {@link #MAX_SPEED} for no waiting
     */
    public CapturePlayer(MqttTransport transport, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be above 0, got " + speed);
        }
        this.transport = transport;
        this.speed = speed;
    }

    /**
     * Publishes every message of the capture, then waits until the broker acknowledged them.
     *
     * @param capture the capture, read from its current position to its end or its damage
     * @return the number of messages published
     * @throws IOException if the capture cannot be read
     * @throws MqttTransportException if a publish fails
     * @throws InterruptedException if the thread is interrupted; publishes already made stand
     */
    public long play(CaptureReader capture) throws IOException, MqttTransportException, InterruptedException {
        int window = transport.options().maxInflight();
        Semaphore inFlight = new Semaphore(window);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long published = 0;
        long start = System.nanoTime();
        Instant first = null;
        for (Optional<CapturedMessage> next = capture.next(); next.isPresent(); next = capture.next()) {
            CapturedMessage message = next.get();
            first = first == null ? message.receivedAt() : first;
            waitUntil(start, Duration.between(first, message.receivedAt()));
            inFlight.acquire();
            rethrow(failure.get());
            transport.publish(message.topic(), message.payload(), message.qos(), message.retained())
                    .whenComplete((done, error) -> {
                        if (error != null) {
                            failure.compareAndSet(null, error instanceof CompletionException wrapped
                                    ? wrapped.getCause() : error);
                        }
                        inFlight.release();
                    });
            published++;
        }
        inFlight.acquire(window);
        rethrow(failure.get());
        return published;
    }

    private void waitUntil(long start, Duration sinceFirst) throws InterruptedException {
        if (speed == MAX_SPEED) {
            return;
        }
        long due = start + (long) (sinceFirst.toNanos() / speed);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException("playback stopped");
            }
        }
    }

    private static void rethrow(Throwable failure) throws MqttTransportException {
        if (failure instanceof MqttTransportException transportFailure) {
            throw transportFailure;
        }
        if (failure != null) {
            throw new MqttTransportException("publish failed: " + failure.getMessage(), failure);
        }
    }
}

package org.meshbench.capture;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.meshbench.transport.mqtt.DeliveryMode;
import org.meshbench.transport.mqtt.MqttTransport;
import org.meshbench.transport.mqtt.ReceivedMessage;

/**
 * Records every message a transport receives (topic filter {@code #}, so topics starting with {@code $} are not
 * included) into a capture, with the time it arrived. Writing happens on the MQTT callback thread: a buffered
 * append is far quicker than a hand-off to another thread, so 20,000 messages/s and more keep up, and a stalled
 * disk slows the broker's deliveries instead of losing messages. Records are flushed to the file every
 * {@value #FLUSH_MILLIS} ms, so a process killed outright loses at most that much. Thread-safe.
 */
public final class CaptureRecorder implements AutoCloseable {

    /** Everything but {@code $} topics. */
    public static final String ALL_TOPICS = "#";

    private static final long FLUSH_MILLIS = 200;

    private final MqttTransport transport;
    private final CaptureWriter writer;
    private final CompletableFuture<Void> subscribed;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final Thread flusher;

    private CaptureRecorder(MqttTransport transport, CaptureWriter writer) {
        this.transport = transport;
        this.writer = writer;
        this.subscribed = transport.subscribe(ALL_TOPICS, 2, this::record, DeliveryMode.DIRECT);
        this.flusher = Thread.ofPlatform().daemon().name("meshbench-capture-flush").start(this::flushRegularly);
    }

    /**
     * Starts recording; the transport may be connected before or after.
     *
     * @param transport the connection whose messages to record
     * @param writer the capture to write; closed by {@link #close()}
     * @return the recorder
     */
    public static CaptureRecorder start(MqttTransport transport, CaptureWriter writer) {
        return new CaptureRecorder(transport, writer);
    }

    /** @return completes when the broker acknowledged the subscription to every topic */
    public CompletableFuture<Void> subscribed() {
        return subscribed;
    }

    /** @return the messages recorded so far */
    public long messages() {
        return writer.messages();
    }

    private void record(ReceivedMessage message) {
        if (failure.get() != null) {
            return;
        }
        try {
            writer.write(new CapturedMessage(Instant.now(), message.topic(), message.payload(), message.qos(),
                    message.retained(), message.duplicate()));
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void flushRegularly() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(Duration.ofMillis(FLUSH_MILLIS));
                writer.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    /**
     * Stops recording and closes the capture.
     *
     * @throws IOException the first write failure while recording, or the failure to close the file
     */
    @Override
    public void close() throws IOException {
        transport.unsubscribe(ALL_TOPICS);
        flusher.interrupt();
        try {
            flusher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.close();
        IOException first = failure.get();
        if (first != null) {
            throw first;
        }
    }
}

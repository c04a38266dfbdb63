package org.meshbench.simulator.testsupport;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.GatewayMessage;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.ReceivedMessage;

/** Collects the messages of a subscription for bounded waits. Thread-safe. */
public final class Inbox implements MessageHandler {

    /** Upper bound of every wait in the integration tests. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<ReceivedMessage> messages = new LinkedBlockingQueue<>();

    @Override
    public void messageArrived(ReceivedMessage message) {
        messages.add(message);
    }

    /**
     * @return the next message
     * @throws AssertionError if none arrives within {@link #WAIT}
     * @throws InterruptedException if interrupted
     */
    public ReceivedMessage next() throws InterruptedException {
        ReceivedMessage message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message within " + WAIT);
        }
        return message;
    }

    /**
     * @param type the message type expected
     * @param <T>  that type
     * @return the next message, decoded
     * @throws AssertionError if none arrives in time, or it does not decode to that type
     * @throws InterruptedException if interrupted
     */
    public <T extends GatewayMessage> T next(Class<T> type) throws InterruptedException {
        ReceivedMessage message = next();
        try {
            DecodedMessage decoded = new GatewayCodec().decode(message.topic(), message.payload());
            if (!type.isInstance(decoded.message())) {
                throw new AssertionError("expected a " + type.getSimpleName() + " but got " + decoded.message());
            }
            return type.cast(decoded.message());
        } catch (DecodeException e) {
            throw new AssertionError("message on " + message.topic() + " does not decode", e);
        }
    }
}

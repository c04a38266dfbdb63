package org.meshbench.transport.mqtt.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.meshbench.transport.mqtt.MessageHandler;
import org.meshbench.transport.mqtt.ReceivedMessage;

/** A handler that records messages and the threads they arrived on, for bounded waits. */
public final class MessageRecorder implements MessageHandler {
    private final BlockingQueue<ReceivedMessage> messages = new LinkedBlockingQueue<>();
    private final List<String> threads = new ArrayList<>();

    @Override
    public void messageArrived(ReceivedMessage message) {
        synchronized (threads) {
            threads.add(Thread.currentThread().getName());
        }
        messages.add(message);
    }

    /**
     * @param timeout longest wait
     * @return the next message
     * @throws AssertionError if none arrives in time
     * @throws InterruptedException if interrupted
     */
    public ReceivedMessage next(Duration timeout) throws InterruptedException {
        ReceivedMessage message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message within " + timeout);
        }
        return message;
    }

    /**
     * @param wait how long to watch
     * @throws AssertionError if a message arrives
     * @throws InterruptedException if interrupted
     */
    public void expectNone(Duration wait) throws InterruptedException {
        ReceivedMessage message = messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (message != null) {
            throw new AssertionError("unexpected " + message);
        }
    }

    /** @return how many messages are waiting to be taken with {@link #next} */
    public int pending() {
        return messages.size();
    }

    /** @return names of the threads the handler ran on, in order */
    public List<String> threadNames() {
        synchronized (threads) {
            return List.copyOf(threads);
        }
    }
}

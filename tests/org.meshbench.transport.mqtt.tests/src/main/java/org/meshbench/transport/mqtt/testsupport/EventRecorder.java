package org.meshbench.transport.mqtt.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.meshbench.transport.mqtt.ConnectionEvent;
import org.meshbench.transport.mqtt.ConnectionListener;
import org.meshbench.transport.mqtt.ConnectionState;

/** A connection listener that records events and waits, bounded, for a given state. */
public final class EventRecorder implements ConnectionListener {
    private final List<ConnectionEvent> events = new ArrayList<>();
    private int consumed;

    @Override
    public synchronized void connectionChanged(ConnectionEvent event) {
        events.add(event);
        notifyAll();
    }

    /**
     * Waits for the next event in the given state, skipping the ones before it.
     *
     * @param state the state to wait for
     * @param timeout longest wait
     * @return the event
     * @throws AssertionError if none arrives in time, listing the events seen
     * @throws InterruptedException if interrupted
     */
    public synchronized ConnectionEvent await(ConnectionState state, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            while (consumed < events.size()) {
                ConnectionEvent event = events.get(consumed++);
                if (event.state() == state) {
                    return event;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + state + " within " + timeout + "; saw " + events);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** @return the states of all events so far, in order */
    public synchronized List<ConnectionState> states() {
        List<ConnectionState> states = new ArrayList<>();
        events.forEach(event -> states.add(event.state()));
        return states;
    }
}

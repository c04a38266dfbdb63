package org.meshbench.simulator.internal.mqtt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.meshbench.simulator.Publication;

/**
 * Messages a gateway could not publish while disconnected, sent once it is connected again: newest
 * first like the official gateway's LIFO queue, or oldest first. When full the oldest message is
 * dropped and counted. Thread-safe.
 */
final class OutboundBuffer {

    private final ArrayDeque<Publication> held = new ArrayDeque<>();
    private final int capacity;
    private final boolean newestFirst;
    private long dropped;

    OutboundBuffer(int capacity, boolean newestFirst) {
        this.capacity = capacity;
        this.newestFirst = newestFirst;
    }

    synchronized void hold(Publication publication) {
        if (held.size() == capacity) {
            held.pollFirst();
            dropped++;
        }
        held.addLast(publication);
    }

    /** @return everything held, in sending order; the buffer is empty afterwards */
    synchronized List<Publication> drain() {
        List<Publication> sending = new ArrayList<>(held.size());
        Iterator<Publication> order = newestFirst ? held.descendingIterator() : held.iterator();
        order.forEachRemaining(sending::add);
        held.clear();
        return sending;
    }

    synchronized boolean isEmpty() {
        return held.isEmpty();
    }

    synchronized long dropped() {
        return dropped;
    }
}

package org.meshbench.simulator.internal.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.meshbench.simulator.Publication;
import org.meshbench.simulator.internal.traffic.Scheduled;

/**
 * Publications waiting for their time: delayed responses and packets still travelling through the
 * mesh. Released in due order; equal due times keep the order they were added in. Not thread-safe.
 */
final class PendingPublications {

    private record Entry(Instant due, long order, Publication publication) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> {
        int byTime = a.due().compareTo(b.due());
        return byTime != 0 ? byTime : Long.compare(a.order(), b.order());
    });
    private long added;

    void add(Instant due, Publication publication) {
        queue.add(new Entry(due, added++, publication));
    }

    void add(Scheduled scheduled) {
        add(scheduled.due(), scheduled.publication());
    }

    /**
     * @param now the current time
     * @return the publications due at or before {@code now}, in due order
     */
    List<Publication> releaseDue(Instant now) {
        List<Publication> due = new ArrayList<>();
        while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
            due.add(queue.poll().publication());
        }
        return due;
    }
}

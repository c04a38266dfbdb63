package org.meshbench.testcases.builtin.internal.support;

import java.util.Map;
import java.util.TreeMap;
import org.meshbench.testcases.TestMetrics;

/**
 * How many nodes answered over how many hops, and the backend-client's "difficulty" C = Σ hops ×
 * nodes, which grows with both the size and the depth of a network. Thread-safe.
 */
public final class HopHistogram {

    private final Map<Long, Long> nodesByHops = new TreeMap<>();

    /** @param hops the hop count of one node's answer */
    public synchronized void add(long hops) {
        nodesByHops.merge(hops, 1L, Long::sum);
    }

    /** @return nodes per hop count, by ascending hop count */
    public synchronized Map<Long, Long> nodesByHops() {
        return new TreeMap<>(nodesByHops);
    }

    /** @return Σ hops × nodes */
    public synchronized long difficulty() {
        return nodesByHops.entrySet().stream().mapToLong(entry -> entry.getKey() * entry.getValue()).sum();
    }

    /**
     * Records {@code hops.<n>} per hop count, {@code hops.mean} and {@code hops.difficulty}.
     *
     * @param metrics where to record
     */
    public synchronized void recordTo(TestMetrics metrics) {
        long nodes = nodesByHops.values().stream().mapToLong(Long::longValue).sum();
        nodesByHops.forEach((hops, count) -> metrics.count("hops." + hops, count));
        if (nodes > 0) {
            metrics.record("hops.mean", (double) difficulty() / nodes, "hops");
        }
        metrics.count("hops.difficulty", difficulty());
    }
}

package org.meshbench.network.internal.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.meshbench.network.Node;
import org.meshbench.network.SinkRef;

/**
 * The nodes seen in received data, bounded in number: when full, the least recently seen
 * {@value #EVICTION_SHARE_PERCENT}% are dropped to make room. Thread-safe (one lock; updates are
 * a few array writes).
 */
public final class NodeStore {
    private static final int EVICTION_SHARE_PERCENT = 5;
    private static final int INITIAL_CAPACITY = 1024;

    private final int maxNodes;
    private final NodeTable table;
    private final List<SinkRef> sinks = new ArrayList<>();
    private final Map<SinkRef, Integer> sinkIndexes = new HashMap<>();
    private final LongAdder evicted = new LongAdder();
    private final LongAdder expired = new LongAdder();

    /** @param maxNodes how many nodes to hold at most */
    public NodeStore(int maxNodes) {
        if (maxNodes < 1) {
            throw new IllegalArgumentException("max nodes must be at least 1");
        }
        this.maxNodes = maxNodes;
        this.table = new NodeTable(Math.min(maxNodes, INITIAL_CAPACITY));
    }

    /**
     * Counts a packet for its source node.
     *
     * @param packet what the packet says
     * @param sink the sink that received it
     * @param nowMs the receive time
     * @return how many nodes were evicted to make room (0 mostly)
     */
    public synchronized int record(PacketFacts packet, SinkRef sink, long nowMs) {
        int evictedNow = 0;
        if (table.size() >= maxNodes && table.find(packet.network(), packet.source()) < 0) {
            evictedNow = table.evictLeastRecent(EVICTION_SHARE_PERCENT / 100.0);
            evicted.add(evictedNow);
        }
        table.record(packet, sinkIndex(sink), nowMs);
        return evictedNow;
    }

    private int sinkIndex(SinkRef sink) {
        Integer known = sinkIndexes.get(sink);
        if (known != null) {
            return known;
        }
        sinks.add(sink);
        sinkIndexes.put(sink, sinks.size() - 1);
        return sinks.size() - 1;
    }

    /**
     * @param network network address
     * @param address node address
     * @return the node, if tracked
     */
    public synchronized Optional<Node> find(long network, long address) {
        int slot = table.find(network, address);
        return slot < 0 ? Optional.empty() : Optional.of(table.toNode(slot, sinks::get));
    }

    /**
     * @param network network address
     * @return its nodes, sorted by address
     */
    public synchronized List<Node> list(long network) {
        List<Node> nodes = new ArrayList<>();
        table.forEachIn(network, slot -> nodes.add(table.toNode(slot, sinks::get)));
        nodes.sort(Comparator.comparingLong(Node::address));
        return nodes;
    }

    /** @return the number of tracked nodes */
    public synchronized int size() {
        return table.size();
    }

    /**
     * @param cutoffMs nodes last seen before this time are removed
     * @return how many were removed
     */
    public synchronized int expire(long cutoffMs) {
        int removed = table.removeSilentSince(cutoffMs);
        expired.add(removed);
        return removed;
    }

    /** @return nodes removed to make room so far */
    public long evictedCount() {
        return evicted.sum();
    }

    /** @return nodes removed for silence so far */
    public long expiredCount() {
        return expired.sum();
    }
}

package org.meshbench.network.internal.nodes;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.meshbench.mesh.EndpointPair;
import org.meshbench.network.Node;
import org.meshbench.network.SinkRef;

/**
 * Nodes keyed by (network, address) in primitive columns with a hash index; removed slots are
 * reused. Times are milliseconds since the epoch. Not thread-safe: {@link NodeStore} locks it.
 */
final class NodeTable {
    private static final int MAX_HOPS = 0xFF;
    private static final int EVICTION_SAMPLES = 1024;

    private final NodeColumns columns;
    private final NodeIndex index;
    private final EndpointCounters pairs = new EndpointCounters();
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int highWater;

    NodeTable(int initialCapacity) {
        columns = new NodeColumns(Math.max(16, initialCapacity));
        index = new NodeIndex(columns);
    }

    int size() {
        return index.size();
    }

    /** @return the node's slot, or -1 */
    int find(long network, long address) {
        return index.find(network, (int) address);
    }

    /**
     * Counts one packet from a node, adding the node if it is new.
     *
     * @return whether the node was new
     */
    boolean record(PacketFacts packet, int sinkIndex, long nowMs) {
        int slot = index.find(packet.network(), (int) packet.source());
        boolean added = slot < 0;
        if (added) {
            slot = claimSlot(packet.network(), packet.source(), nowMs);
        }
        columns.lastSeen[slot] = nowMs;
        columns.packets[slot]++;
        columns.travelSum[slot] += packet.travelTimeMs();
        columns.lastTravel[slot] = (int) packet.travelTimeMs();
        columns.hops[slot] = (byte) Math.min(packet.hopCount(), MAX_HOPS);
        columns.sink[slot] = sinkIndex;
        // Endpoints are one byte on the air; a gateway that reports more is counted, but not per pair.
        if (Math.max(packet.sourceEndpoint(), packet.destinationEndpoint()) <= EndpointPair.MAX_ENDPOINT) {
            columns.pairHead[slot] = pairs.increment(columns.pairHead[slot], (int) packet.sourceEndpoint(),
                    (int) packet.destinationEndpoint(), Node.MAX_TRACKED_ENDPOINT_PAIRS);
        }
        return added;
    }

    private int claimSlot(long network, long address, long nowMs) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            columns.ensureCapacity(highWater + 1);
            slot = highWater++;
        }
        columns.network[slot] = network;
        columns.address[slot] = (int) address;
        columns.firstSeen[slot] = nowMs;
        columns.packets[slot] = 0;
        columns.travelSum[slot] = 0;
        columns.pairHead[slot] = EndpointCounters.NONE;
        columns.sink[slot] = 0;
        index.insert(slot);
        return slot;
    }

    /** @return how many nodes were removed */
    int removeIf(IntPredicate slotTest) {
        int removed = 0;
        for (int slot = 0; slot < highWater; slot++) {
            if (columns.occupied(slot) && slotTest.test(slot)) {
                remove(slot);
                removed++;
            }
        }
        return removed;
    }

    private void remove(int slot) {
        index.remove(slot);
        pairs.release(columns.pairHead[slot]);
        columns.sink[slot] = NodeColumns.FREE;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
    }

    /** @return how many nodes silent since before {@code cutoffMs} were removed */
    int removeSilentSince(long cutoffMs) {
        return removeIf(slot -> columns.lastSeen[slot] < cutoffMs);
    }

    /**
     * Removes about {@code share} of the nodes, the least recently seen, judged from a sample so
     * that the cost stays one pass over the table.
     *
     * @return how many were removed (at least one when the table is not empty)
     */
    int evictLeastRecent(double share) {
        long[] sample = sampleLastSeen();
        if (sample.length == 0) {
            return 0;
        }
        Arrays.sort(sample);
        int position = (int) Math.min(sample.length - 1, Math.floor(sample.length * share));
        long threshold = sample[position];
        return removeIf(slot -> columns.lastSeen[slot] <= threshold);
    }

    private long[] sampleLastSeen() {
        long[] sample = new long[Math.min(EVICTION_SAMPLES, size())];
        int step = Math.max(1, highWater / EVICTION_SAMPLES);
        int taken = 0;
        for (int slot = 0; slot < highWater && taken < sample.length; slot += step) {
            if (columns.occupied(slot)) {
                sample[taken++] = columns.lastSeen[slot];
            }
        }
        return Arrays.copyOf(sample, taken);
    }

    /** Calls {@code action} with the slot of every node in {@code network}. */
    void forEachIn(long network, IntConsumer action) {
        for (int slot = 0; slot < highWater; slot++) {
            if (columns.occupied(slot) && columns.network[slot] == network) {
                action.accept(slot);
            }
        }
    }

    Node toNode(int slot, IntFunction<SinkRef> sinks) {
        Map<EndpointPair, Long> perPair = new HashMap<>();
        pairs.forEach(columns.pairHead[slot], (src, dst, packets) -> perPair.put(new EndpointPair(src, dst), packets));
        long packets = columns.packets[slot];
        return new Node(columns.network[slot], Integer.toUnsignedLong(columns.address[slot]),
                Instant.ofEpochMilli(columns.firstSeen[slot]), Instant.ofEpochMilli(columns.lastSeen[slot]),
                Byte.toUnsignedInt(columns.hops[slot]), Integer.toUnsignedLong(columns.lastTravel[slot]),
                columns.travelSum[slot] / packets, packets, perPair, sinks.apply(columns.sink[slot]));
    }
}

package org.meshbench.network.internal.nodes;

import java.util.Arrays;

/**
 * Packet counts per endpoint pair, as short linked lists (one per node) in a shared pool of
 * primitive arrays, 20 bytes per pair. Freed entries are reused. Not thread-safe.
 */
final class EndpointCounters {
    static final int NONE = -1;

    private int[] source = new int[64];
    private int[] destination = new int[64];
    private long[] count = new long[64];
    private int[] next = new int[64];
    private int used;
    private int freeHead = NONE;

    /** Receives one pair of a list. */
    interface PairVisitor {
        void visit(int sourceEndpoint, int destinationEndpoint, long packets);
    }

    /**
     * Counts one packet.
     *
     * @param head the node's list, or {@link #NONE}
     * @param maxPairs pairs a node may have; packets of further pairs are not counted here
     * @return the node's list head afterwards
     */
    int increment(int head, int sourceEndpoint, int destinationEndpoint, int maxPairs) {
        int length = 0;
        for (int entry = head; entry != NONE; entry = next[entry]) {
            if (source[entry] == sourceEndpoint && destination[entry] == destinationEndpoint) {
                count[entry]++;
                return head;
            }
            length++;
        }
        if (length >= maxPairs) {
            return head;
        }
        int entry = allocate();
        source[entry] = sourceEndpoint;
        destination[entry] = destinationEndpoint;
        count[entry] = 1;
        next[entry] = head;
        return entry;
    }

    private int allocate() {
        if (freeHead != NONE) {
            int entry = freeHead;
            freeHead = next[entry];
            return entry;
        }
        if (used == source.length) {
            int grown = used * 2;
            source = Arrays.copyOf(source, grown);
            destination = Arrays.copyOf(destination, grown);
            count = Arrays.copyOf(count, grown);
            next = Arrays.copyOf(next, grown);
        }
        return used++;
    }

    /** Returns a whole list to the pool. */
    void release(int head) {
        int entry = head;
        while (entry != NONE) {
            int following = next[entry];
            next[entry] = freeHead;
            freeHead = entry;
            entry = following;
        }
    }

    void forEach(int head, PairVisitor visitor) {
        for (int entry = head; entry != NONE; entry = next[entry]) {
            visitor.visit(source[entry], destination[entry], count[entry]);
        }
    }
}

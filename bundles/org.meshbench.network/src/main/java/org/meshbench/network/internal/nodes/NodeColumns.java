package org.meshbench.network.internal.nodes;

import java.util.Arrays;

/**
 * Per-node fields in parallel primitive arrays (one index per slot), about 57 bytes per slot,
 * instead of one object per node. A free slot has {@code sink == FREE}. Not thread-safe.
 */
final class NodeColumns {
    static final int FREE = -1;

    long[] network;
    int[] address;
    long[] firstSeen;
    long[] lastSeen;
    long[] packets;
    long[] travelSum;
    int[] lastTravel;
    byte[] hops;
    int[] sink;
    int[] pairHead;

    NodeColumns(int capacity) {
        network = new long[capacity];
        address = new int[capacity];
        firstSeen = new long[capacity];
        lastSeen = new long[capacity];
        packets = new long[capacity];
        travelSum = new long[capacity];
        lastTravel = new int[capacity];
        hops = new byte[capacity];
        sink = new int[capacity];
        pairHead = new int[capacity];
        Arrays.fill(sink, FREE);
    }

    int capacity() {
        return sink.length;
    }

    /** Doubles the arrays until {@code slots} fit. */
    void ensureCapacity(int slots) {
        int capacity = capacity();
        if (slots <= capacity) {
            return;
        }
        int grown = Math.max(slots, capacity * 2);
        network = Arrays.copyOf(network, grown);
        address = Arrays.copyOf(address, grown);
        firstSeen = Arrays.copyOf(firstSeen, grown);
        lastSeen = Arrays.copyOf(lastSeen, grown);
        packets = Arrays.copyOf(packets, grown);
        travelSum = Arrays.copyOf(travelSum, grown);
        lastTravel = Arrays.copyOf(lastTravel, grown);
        hops = Arrays.copyOf(hops, grown);
        sink = Arrays.copyOf(sink, grown);
        Arrays.fill(sink, capacity, grown, FREE);
        pairHead = Arrays.copyOf(pairHead, grown);
    }

    boolean occupied(int slot) {
        return sink[slot] != FREE;
    }

    boolean hasKey(int slot, long networkAddress, int nodeAddress) {
        return network[slot] == networkAddress && address[slot] == nodeAddress;
    }
}

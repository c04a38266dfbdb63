package org.meshbench.network.internal.nodes;

/**
 * Open-addressing hash index from (network, address) to a slot of {@link NodeColumns}: linear
 * probing, kept at most half full, and backward-shift deletion so that no tombstones pile up
 * when nodes expire. Entries hold {@code slot + 1}; 0 marks an empty bucket. Not thread-safe.
 */
final class NodeIndex {
    private static final int MIN_BUCKETS = 16;

    private final NodeColumns columns;
    private int[] buckets = new int[MIN_BUCKETS];
    private int count;

    NodeIndex(NodeColumns columns) {
        this.columns = columns;
    }

    static int hash(long network, int address) {
        long h = network * 0x9E37_79B9_7F4A_7C15L + address;
        h ^= h >>> 32;
        h *= 0xD6E8_FEB8_6659_FD93L;
        return (int) (h ^ (h >>> 32));
    }

    /** @return the slot of the node, or -1 */
    int find(long network, int address) {
        int mask = buckets.length - 1;
        for (int i = hash(network, address) & mask;; i = (i + 1) & mask) {
            int entry = buckets[i];
            if (entry == 0) {
                return -1;
            }
            if (columns.hasKey(entry - 1, network, address)) {
                return entry - 1;
            }
        }
    }

    /** Adds a slot whose key is already in the columns and not yet indexed. */
    void insert(int slot) {
        if ((count + 1) * 2 > buckets.length) {
            rehash(buckets.length * 2);
        }
        place(buckets, slot);
        count++;
    }

    private void place(int[] table, int slot) {
        int mask = table.length - 1;
        int i = hash(columns.network[slot], columns.address[slot]) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = slot + 1;
    }

    private void rehash(int size) {
        int[] old = buckets;
        buckets = new int[size];
        for (int entry : old) {
            if (entry != 0) {
                place(buckets, entry - 1);
            }
        }
    }

    /** Removes an indexed slot; its key must still be in the columns. */
    void remove(int slot) {
        int mask = buckets.length - 1;
        int hole = hash(columns.network[slot], columns.address[slot]) & mask;
        while (buckets[hole] != slot + 1) {
            hole = (hole + 1) & mask;
        }
        buckets[hole] = 0;
        for (int next = (hole + 1) & mask; buckets[next] != 0; next = (next + 1) & mask) {
            int moved = buckets[next] - 1;
            int home = hash(columns.network[moved], columns.address[moved]) & mask;
            if (!cyclicallyWithin(home, hole, next)) {
                buckets[hole] = buckets[next];
                buckets[next] = 0;
                hole = next;
            }
        }
        count--;
    }

    /** @return whether {@code home} lies in the cyclic range (from, to] */
    private static boolean cyclicallyWithin(int home, int from, int to) {
        return from <= to ? home > from && home <= to : home > from || home <= to;
    }

    int size() {
        return count;
    }
}

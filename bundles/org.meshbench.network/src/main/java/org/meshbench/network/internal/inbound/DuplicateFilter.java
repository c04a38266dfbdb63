package org.meshbench.network.internal.inbound;

/**
 * Remembers the last {@code window} received-data events, keyed by gateway and event id, to drop
 * the duplicates that MQTT QoS 1 may deliver. A ring buffer evicts the oldest key; an
 * open-addressing set of primitive longs (at most half full, backward-shift deletion) answers
 * lookups without allocating. The gateway is mixed into the key because gateways started with
 * counting event ids would otherwise collide. Thread-safe.
 */
public final class DuplicateFilter {
    // Marks an empty bucket; a real key equal to it is tracked by a counter instead.
    private static final long EMPTY = 0L;

    private final long[] ring;
    private final long[] buckets;
    private final int mask;
    private int next;
    private int filled;
    private int emptyKeysInWindow;

    /** @param window how many recent events to remember */
    public DuplicateFilter(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1");
        }
        ring = new long[window];
        buckets = new long[Integer.highestOneBit(window) * 4];
        mask = buckets.length - 1;
    }

    /**
     * @param gatewayId the gateway that sent the event
     * @param eventId its event id
     * @return whether the same event was seen within the window (and else remembers it)
     */
    public synchronized boolean isDuplicate(String gatewayId, long eventId) {
        long key = eventId ^ (gatewayId.hashCode() * 0x9E37_79B9_7F4A_7C15L);
        if (contains(key)) {
            return true;
        }
        if (filled == ring.length) {
            delete(ring[next]);
        } else {
            filled++;
        }
        ring[next] = key;
        next = (next + 1) % ring.length;
        insert(key);
        return false;
    }

    private static int home(long key, int mask) {
        long h = key * 0xD6E8_FEB8_6659_FD93L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private boolean contains(long key) {
        if (key == EMPTY) {
            return emptyKeysInWindow > 0;
        }
        for (int i = home(key, mask); buckets[i] != EMPTY; i = (i + 1) & mask) {
            if (buckets[i] == key) {
                return true;
            }
        }
        return false;
    }

    private void insert(long key) {
        if (key == EMPTY) {
            emptyKeysInWindow++;
            return;
        }
        int i = home(key, mask);
        while (buckets[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        buckets[i] = key;
    }

    private void delete(long key) {
        if (key == EMPTY) {
            emptyKeysInWindow--;
            return;
        }
        int hole = home(key, mask);
        while (buckets[hole] != key) {
            hole = (hole + 1) & mask;
        }
        buckets[hole] = EMPTY;
        for (int i = (hole + 1) & mask; buckets[i] != EMPTY; i = (i + 1) & mask) {
            int itsHome = home(buckets[i], mask);
            boolean mayStay = hole <= i ? itsHome > hole && itsHome <= i : itsHome > hole || itsHome <= i;
            if (!mayStay) {
                buckets[hole] = buckets[i];
                buckets[i] = EMPTY;
                hole = i;
            }
        }
    }
}

package org.meshbench.network.internal.inbound;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Remembers the last {@code window} received-data events to drop the duplicates that MQTT QoS 1 may
 * deliver. An event is a duplicate when the exact (gateway, event id) pair was seen within the window
 * and less than {@code maxAge} ago: a gateway restarted with counting event ids sends its new events
 * again after a while. A ring buffer holds the pairs and evicts the oldest; an open-addressing table
 * of ring slots (at most a quarter full, backward-shift deletion) finds them without allocating.
 * Thread-safe.
 */
public final class DuplicateFilter {
    /** QoS 1 redelivery follows a reconnect within seconds to minutes; a restarted gateway takes longer. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);

    private static final int EMPTY = 0;

    private final String[] gateways;
    private final long[] eventIds;
    private final long[] seenAt;
    /** Ring slot + 1 of each remembered pair, {@link #EMPTY} where none. */
    private final int[] buckets;
    private final int mask;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private int next;
    private int filled;

    /**
     * @param window how many recent events to remember
     * @param maxAge how long an event counts as recent
     * @param nanoClock {@link System#nanoTime()} or a test's clock
     */
    public DuplicateFilter(int window, Duration maxAge, LongSupplier nanoClock) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1");
        }
        gateways = new String[window];
        eventIds = new long[window];
        seenAt = new long[window];
        buckets = new int[Integer.highestOneBit(window) * 4];
        mask = buckets.length - 1;
        maxAgeNanos = maxAge.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * @param gatewayId the gateway that sent the event
     * @param eventId its event id
     * @return whether the same event of the same gateway was seen recently (and else remembers it)
     */
    public synchronized boolean isDuplicate(String gatewayId, long eventId) {
        long now = nanoClock.getAsLong();
        int slot = find(gatewayId, eventId);
        if (slot >= 0) {
            boolean recent = now - seenAt[slot] <= maxAgeNanos;
            seenAt[slot] = now;
            return recent;
        }
        if (filled == gateways.length) {
            delete(next);
        } else {
            filled++;
        }
        gateways[next] = gatewayId;
        eventIds[next] = eventId;
        seenAt[next] = now;
        insert(next);
        next = (next + 1) % gateways.length;
        return false;
    }

    private int home(String gatewayId, long eventId) {
        long h = (eventId ^ gatewayId.hashCode() * 0x9E37_79B9_7F4A_7C15L) * 0xD6E8_FEB8_6659_FD93L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private int find(String gatewayId, long eventId) {
        for (int i = home(gatewayId, eventId); buckets[i] != EMPTY; i = (i + 1) & mask) {
            int slot = buckets[i] - 1;
            if (eventIds[slot] == eventId && gateways[slot].equals(gatewayId)) {
                return slot;
            }
        }
        return -1;
    }

    private void insert(int slot) {
        int i = home(gateways[slot], eventIds[slot]);
        while (buckets[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        buckets[i] = slot + 1;
    }

    private void delete(int slot) {
        int hole = home(gateways[slot], eventIds[slot]);
        while (buckets[hole] != slot + 1) {
            hole = (hole + 1) & mask;
        }
        buckets[hole] = EMPTY;
        for (int i = (hole + 1) & mask; buckets[i] != EMPTY; i = (i + 1) & mask) {
            int moved = buckets[i] - 1;
            int itsHome = home(gateways[moved], eventIds[moved]);
            boolean mayStay = hole <= i ? itsHome > hole && itsHome <= i : itsHome > hole || itsHome <= i;
            if (!mayStay) {
                buckets[hole] = buckets[i];
                buckets[i] = EMPTY;
                hole = i;
            }
        }
    }
}

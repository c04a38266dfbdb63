package org.meshbench.testcases.builtin.internal.support;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.meshbench.protocol.value.Bytes;

/**
 * Follows a little-endian sequence number per node and counts numbers never seen (missing),
 * seen again (duplicates) and arriving late (reordered). Counters wrap at their width; a jump of
 * more than half the range backwards counts as reordering, not as a huge gap. Thread-safe.
 */
public final class SequenceTracker {

    private final int offset;
    private final int width;
    private final long modulus;
    private final Map<Long, Long> lastByNode = new HashMap<>();
    private long missing;
    private long duplicates;
    private long reordered;
    private long unreadable;

    /**
     * @param offset where the number starts in the payload
     * @param width its size in bytes, 1 to 4
     */
    public SequenceTracker(int offset, int width) {
        if (offset < 0 || width < 1 || width > 4) {
            throw new IllegalArgumentException("offset " + offset + ", width " + width);
        }
        this.offset = offset;
        this.width = width;
        this.modulus = 1L << (8 * width);
    }

    /**
     * @param node the source address
     * @param payload the packet's payload; too short a payload is counted as unreadable
     */
    public synchronized void record(long node, Bytes payload) {
        OptionalLong sequence = read(payload);
        if (sequence.isEmpty()) {
            unreadable++;
            return;
        }
        Long last = lastByNode.get(node);
        long current = sequence.getAsLong();
        if (last == null) {
            lastByNode.put(node, current);
            return;
        }
        long step = Math.floorMod(current - last, modulus);
        if (step == 0) {
            duplicates++;
        } else if (step <= modulus / 2) {
            missing += step - 1;
            lastByNode.put(node, current);
        } else {
            reordered++;
        }
    }

    /** @return sequence numbers skipped, over all nodes */
    public synchronized long missing() {
        return missing;
    }

    /** @return sequence numbers received again */
    public synchronized long duplicates() {
        return duplicates;
    }

    /** @return packets older than the newest one of their node */
    public synchronized long reordered() {
        return reordered;
    }

    /** @return packets too short to hold the number */
    public synchronized long unreadable() {
        return unreadable;
    }

    private OptionalLong read(Bytes payload) {
        byte[] bytes = payload.toByteArray();
        if (bytes.length < offset + width) {
            return OptionalLong.empty();
        }
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return OptionalLong.of(value);
    }
}

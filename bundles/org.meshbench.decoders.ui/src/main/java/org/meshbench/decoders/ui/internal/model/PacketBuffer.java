package org.meshbench.decoders.ui.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The last packets received, oldest first, up to a fixed capacity: a ring that drops the oldest
 * row for each new one once full and counts the dropped rows. Every change raises the version, so
 * that the view redraws only when something changed. Thread-safe.
 */
public final class PacketBuffer {

    private final PacketRow[] slots;
    private int first; // guarded by this: index of the oldest row
    private int size; // guarded by this
    private long dropped; // guarded by this
    private long version; // guarded by this

    /** @param capacity how many rows to keep, at least 1 */
    public PacketBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        slots = new PacketRow[capacity];
    }

    /** @param rows new rows, oldest first; the oldest kept rows make room for them */
    public synchronized void add(Collection<PacketRow> rows) {
        for (PacketRow row : rows) {
            if (size < slots.length) {
                slots[(first + size++) % slots.length] = row;
            } else {
                slots[first] = row;
                first = (first + 1) % slots.length;
                dropped++;
            }
        }
        version++;
    }

    /**
     * Puts re-decoded rows in the place of the rows with their numbers; rows dropped in the meantime
     * stay dropped.
     *
     * @param rows new rows by number
     */
    public synchronized void replace(Map<Long, PacketRow> rows) {
        for (int i = 0; i < size; i++) {
            int slot = (first + i) % slots.length;
            PacketRow replacement = rows.get(slots[slot].number());
            if (replacement != null) {
                slots[slot] = replacement;
            }
        }
        version++;
    }

    /** Forgets every row; the dropped count starts again at 0. */
    public synchronized void clear() {
        Arrays.fill(slots, null);
        first = 0;
        size = 0;
        dropped = 0;
        version++;
    }

    /** @return the number of changes so far */
    public synchronized long version() {
        return version;
    }

    /** @return the rows, the dropped count and the version, all of one moment */
    public synchronized Snapshot snapshot() {
        List<PacketRow> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(slots[(first + i) % slots.length]);
        }
        return new Snapshot(List.copyOf(rows), dropped, version);
    }

    /**
     * The buffer at one moment.
     *
     * @param rows the rows, oldest first
     * @param dropped rows dropped to make room since the last clear
     * @param version the buffer's version then
     */
    public record Snapshot(List<PacketRow> rows, long dropped, long version) {
    }
}

package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.ui.internal.testing.Packets;

class PacketBufferTest {

    private final PacketBuffer buffer = new PacketBuffer(3);

    @Test
    void keepsTheNewestRowsOldestFirstAndCountsTheDroppedOnes() {
        buffer.add(rows(1, 2));
        buffer.add(rows(3, 4, 5));

        PacketBuffer.Snapshot snapshot = buffer.snapshot();

        assertEquals(List.of(3L, 4L, 5L), numbers(snapshot));
        assertEquals(2, snapshot.dropped());
    }

    @Test
    void replacesRowsByNumberAndLeavesDroppedRowsDropped() {
        buffer.add(rows(1, 2, 3, 4));
        PacketRow redecoded = row(3);

        buffer.replace(Map.of(1L, row(1), 3L, redecoded));

        assertEquals(List.of(2L, 3L, 4L), numbers(buffer.snapshot()));
        assertSame(redecoded, buffer.snapshot().rows().get(1));
    }

    @Test
    void everyChangeRaisesTheVersion() {
        long before = buffer.version();
        buffer.add(rows(1));
        long added = buffer.version();
        buffer.replace(Map.of());
        long replaced = buffer.version();

        assertNotEquals(before, added);
        assertNotEquals(added, replaced);
        assertEquals(replaced, buffer.snapshot().version());
    }

    @Test
    void clearForgetsTheRowsAndTheDroppedCount() {
        buffer.add(rows(1, 2, 3, 4));

        buffer.clear();
        buffer.add(rows(5));

        assertEquals(List.of(5L), numbers(buffer.snapshot()));
        assertEquals(0, buffer.snapshot().dropped());
    }

    @Test
    void aBufferHoldsAtLeastOneRow() {
        assertThrows(IllegalArgumentException.class, () -> new PacketBuffer(0));
    }

    @Test
    void rowIndexFindsRowsByNumber() {
        List<PacketRow> rows = rows(2, 4, 6, 8);

        assertEquals(0, RowIndex.of(rows, 2));
        assertEquals(3, RowIndex.of(rows, 8));
        assertEquals(-1, RowIndex.of(rows, 5));
        assertEquals(-1, RowIndex.of(List.of(), 5));
    }

    static PacketRow row(long number) {
        return new PacketRow(number, Packets.packet(number, 1, 1, (byte) 1), Optional.empty(), Optional.empty(), "",
                "");
    }

    private static List<PacketRow> rows(long... numbers) {
        return LongStream.of(numbers).mapToObj(PacketBufferTest::row).toList();
    }

    private static List<Long> numbers(PacketBuffer.Snapshot snapshot) {
        return snapshot.rows().stream().map(PacketRow::number).toList();
    }
}

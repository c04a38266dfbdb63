package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.decoders.ui.internal.testing.Packets;
import org.meshbench.network.decoding.PacketContexts;

class PacketColumnsTest {

    private final List<PacketColumns.Column> columns = PacketColumns.of(ZoneOffset.UTC);

    @Test
    void aDecodedPacketFillsEveryColumn() {
        PacketRow row = Packets.decoded(42, Packets.packet(1234, 251, 255, new byte[] {1, 2, 3}),
                "org.meshbench.decoders.wirepas.traffic-diagnostics", SelectionReason.BINDING, List.of("x"));

        assertEquals(List.of("No.", "Rx time", "Gateway / sink", "Network", "Source → destination", "Endpoints",
                "Hops", "Travel", "Size", "Decoder", "Summary"), columns.stream().map(PacketColumns.Column::header)
                        .toList());
        assertEquals(List.of("42", "03:04:05.678", "gw1/sink0", "4660", "1234 → 1", "251→255", "2", "25 ms", "3 B",
                "Traffic-diagnostics (1 alternative)", "decoded by org.meshbench.decoders.wirepas.traffic-diagnostics"),
                texts(row));
    }

    @Test
    void aWithheldPayloadShowsTheReportedSizeAndWhy() {
        PacketRow row = new PacketRow(1, Packets.withheld(9, 12), PacketContexts.of(Packets.withheld(9, 12)),
                Optional.empty(), "", "payload withheld by the gateway");

        assertEquals("12 B (withheld)", texts(row).get(8));
        assertEquals("payload withheld by the gateway", texts(row).get(10));
    }

    private List<String> texts(PacketRow row) {
        return columns.stream().map(column -> column.text().apply(row)).toList();
    }
}

package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.decoders.ui.internal.testing.Packets;

class PacketFilterTest {

    private final PacketRow thermo = Packets.decoded(1, Packets.packet(1234, 144, 144, (byte) 1),
            "com.example.thermo", SelectionReason.BINDING, List.of());
    private final PacketRow broken = Packets.failed(2, Packets.packet(5678, 253, 255, (byte) 9),
            "org.meshbench.decoders.wirepas.node-diagnostics", "payload too short");

    @Test
    void anEmptyFilterShowsEveryRow() {
        PacketFilter filter = PacketFilter.of("  ");

        assertTrue(filter.isEmpty());
        assertEquals(List.of(thermo, broken), filter.apply(List.of(thermo, broken)));
    }

    @Test
    void matchesAddressesEndpointsDecodersAndSummariesIgnoringCase() {
        assertEquals(List.of(thermo), PacketFilter.of("1234").apply(List.of(thermo, broken)));
        assertEquals(List.of(broken), PacketFilter.of("253→255").apply(List.of(thermo, broken)));
        assertEquals(List.of(broken), PacketFilter.of("253->255").apply(List.of(thermo, broken)));
        assertEquals(List.of(thermo), PacketFilter.of("THERMO").apply(List.of(thermo, broken)));
        assertEquals(List.of(broken), PacketFilter.of("too short").apply(List.of(thermo, broken)));
        assertEquals(List.of(broken), PacketFilter.of("Node-diagnostics").apply(List.of(thermo, broken)));
    }

    @Test
    void everyWordMustMatch() {
        assertTrue(PacketFilter.of("gw1 144→144").matches(thermo));
        assertFalse(PacketFilter.of("gw1 253→255").matches(thermo));
    }

    @Test
    void filtersWithTheSameWordsAreEqual() {
        assertEquals(PacketFilter.of("a  B"), PacketFilter.of(" A b "));
        assertEquals(PacketFilter.NONE, PacketFilter.of(""));
    }
}

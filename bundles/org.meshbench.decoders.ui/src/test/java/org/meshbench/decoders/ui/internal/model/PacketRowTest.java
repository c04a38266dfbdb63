package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.EndpointPair;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.decoders.ui.internal.testing.Packets;
import org.meshbench.network.decoding.PacketContexts;

class PacketRowTest {

    @Test
    void theDecoderColumnNamesTheWinnerTheOverrideAndTheNumberOfAlternatives() {
        assertEquals("Thermo", Packets.decoded(1, Packets.packet(1, 144, 144, (byte) 1), "com.example.thermo",
                SelectionReason.BINDING, List.of()).decoderText());
        assertEquals("Thermo (1 alternative)", Packets.decoded(1, Packets.packet(1, 144, 144, (byte) 1),
                "com.example.thermo", SelectionReason.BINDING, List.of("com.example.raw")).decoderText());
        assertEquals("Raw [Decode As] (2 alternatives)", Packets.decoded(1, Packets.packet(1, 144, 144, (byte) 1),
                "com.example.raw", SelectionReason.OVERRIDE, List.of("a", "b")).decoderText());
    }

    @Test
    void aFailedDecoderKeepsTheRawBytesAndShowsTheError() {
        PacketRow row = Packets.failed(7, Packets.packet(1, 253, 255, (byte) 0xAB, (byte) 0xCD),
                "org.meshbench.decoders.wirepas.node-diagnostics", "payload too short");

        assertTrue(row.failed());
        assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xCD}, row.payload().orElseThrow());
        assertEquals("decode error: payload too short", row.summary());
        assertEquals(EndpointPair.of(253, 255), row.endpoints().orElseThrow());
    }

    @Test
    void aWithheldPayloadHasTheReportedSize() {
        PacketRow row = new PacketRow(1, Packets.withheld(1, 12), PacketContexts.of(Packets.withheld(1, 12)),
                Optional.empty(), "", "payload withheld by the gateway");

        assertTrue(row.payload().isEmpty());
        assertEquals(12, row.size().getAsLong());
        assertFalse(row.failed());
        assertEquals("payload withheld by the gateway", row.summary());
        assertEquals("", row.decoderText());
    }
}

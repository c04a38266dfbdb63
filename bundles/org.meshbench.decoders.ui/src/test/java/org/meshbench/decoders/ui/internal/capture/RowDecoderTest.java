package org.meshbench.decoders.ui.internal.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.decoders.ui.internal.testing.FakeRegistry;
import org.meshbench.decoders.ui.internal.testing.Packets;
import org.meshbench.mesh.EndpointPair;

class RowDecoderTest {

    private final FakeRegistry registry = new FakeRegistry().with("w.strict", EndpointPair.of(253, 255), true);
    private final RowDecoder decoder = new RowDecoder(() -> Optional.of(registry));

    @Test
    void theRegistryPicksAndRunsTheDecoder() {
        PacketRow row = decoder.decode(5, Packets.packet(1, 253, 255, new byte[] {1, 2, 3, 4}));

        assertEquals(5, row.number());
        assertEquals("Strict", row.decoderName());
        assertEquals("w.strict: 4 bytes", row.summary());
    }

    @Test
    void aMalformedPayloadKeepsItsBytesAndTheError() {
        PacketRow row = decoder.decode(5, Packets.packet(1, 253, 255, (byte) 7));

        assertTrue(row.failed());
        assertEquals("decode error: needs 4 bytes", row.summary());
        assertEquals(1, row.payload().orElseThrow().length);
    }

    @Test
    void packetsTheRegistryCannotBeAskedAboutSayWhy() {
        assertEquals("endpoints 300→1 do not fit in a byte, so no decoder applies",
                decoder.decode(1, Packets.packet(1, 300, 1, (byte) 1)).summary());
        assertEquals("payload withheld by the gateway", decoder.decode(1, Packets.withheld(1, 12)).summary());
        assertEquals("no decoder registry: 2 bytes: 0102", new RowDecoder(Optional::empty)
                .decode(1, Packets.packet(1, 253, 255, (byte) 1, (byte) 2)).summary());
        assertEquals(0, registry.decodeCalls.get());
    }

    @Test
    void aRegistryThatRefusesWorkLeavesTheRowRaw() {
        DecoderRegistry closed = new FakeRegistry() {
            @Override
            public DecodeOutcome decode(byte[] payload, PacketContext context) {
                throw new IllegalStateException("registry closed");
            }
        };

        PacketRow row = new RowDecoder(() -> Optional.of(closed)).decode(1, Packets.packet(1, 1, 1, (byte) 1));

        assertEquals("decoder registry unavailable: registry closed", row.summary());
        assertTrue(row.payload().isPresent());
    }
}

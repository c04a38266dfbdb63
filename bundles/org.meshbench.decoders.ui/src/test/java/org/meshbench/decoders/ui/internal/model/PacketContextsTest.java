package org.meshbench.decoders.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.ui.internal.testing.Packets;
import org.meshbench.mesh.EndpointPair;

class PacketContextsTest {

    @Test
    void carriesWhereThePacketCameFromAndHowItTravelled() {
        PacketContext context = PacketContexts.of(Packets.packet(1234, 253, 255, (byte) 1)).orElseThrow();

        assertEquals(new PacketContext("gw1", "sink0", Packets.NETWORK, 1234, 1, 253, 255, 2, 25, Packets.RX_TIME, 0),
                context);
        assertEquals(EndpointPair.of(253, 255), context.endpoints());
    }

    @Test
    void anEndpointBeyondOneByteHasNoContextSinceNoDecoderCanBeBoundToIt() {
        assertTrue(PacketContexts.of(Packets.packet(1, 256, 1, (byte) 1)).isEmpty());
        assertTrue(PacketContexts.of(Packets.packet(1, 1, 70_000, (byte) 1)).isEmpty());
    }
}

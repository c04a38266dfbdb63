package org.meshbench.network.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.EndpointPair;
import org.meshbench.decoders.PacketContext;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;

class PacketContextsTest {

    private static final long NETWORK = 0x123456;
    private static final long RX_TIME = 1_700_000_000_000L;

    @Test
    void carriesWhereThePacketCameFromAndHowItTravelled() {
        PacketContext context = PacketContexts.of(packet(253, 255)).orElseThrow();

        assertEquals(new PacketContext("gw1", "sink0", NETWORK, 1234, 1, 253, 255, 2, 25, RX_TIME, 1), context);
        assertEquals(EndpointPair.of(253, 255), context.endpoints());
    }

    @Test
    void anEndpointBeyondOneByteHasNoContextSinceNoDecoderCanBeBoundToIt() {
        assertTrue(PacketContexts.of(packet(256, 1)).isEmpty());
        assertTrue(PacketContexts.of(packet(1, 70_000)).isEmpty());
    }

    /** From node 1234 to node 1, 2 hops, 25 ms, high priority, payload withheld; the sink and network come from the network model. */
    private static ReceivedPacket packet(long sourceEndpoint, long destinationEndpoint) {
        ReceivedDataEvent event = new ReceivedDataEvent(new EventHeader("gw1", Optional.of("other-sink"), 7,
                OptionalLong.empty()), 1234, 1, sourceEndpoint, destinationEndpoint, 25, RX_TIME, 1,
                Optional.empty(), OptionalLong.of(12), OptionalLong.of(2), OptionalLong.of(99));
        return new ReceivedPacket(new SinkRef("gw1", "sink0"), NETWORK, event, Instant.EPOCH);
    }
}

package org.meshbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.SinkReadConfig;

class ApiValuesTest {

    @Test
    void outgoingPacketsCheckTheirRanges() {
        assertThrows(IllegalArgumentException.class,
                () -> OutgoingPacket.to(1, 1, 1, Bytes.empty()).withHopLimit(OutgoingPacket.MAX_HOP_LIMIT + 1));
        assertThrows(IllegalArgumentException.class, () -> OutgoingPacket.to(-1, 1, 1, Bytes.empty()));
        assertEquals(DataQos.NORMAL, OutgoingPacket.to(1, 1, 1, Bytes.empty()).qos());
    }

    @Test
    void optionsRejectNonsense() {
        assertThrows(IllegalArgumentException.class,
                () -> NetworkClientOptions.builder().requestTimeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> NetworkClientOptions.builder().workerThreads(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> NetworkClientOptions.builder().gatewayTimeouts(Map.of("gw", Duration.ofMillis(-1))).build());
        assertEquals(Duration.ofSeconds(5), NetworkClientOptions.defaults().requestTimeout());
    }

    @Test
    void sinkIdsMustBeUsableInTopics() {
        assertThrows(IllegalArgumentException.class, () -> new SinkRef("gw/1", "sink0"));
        assertThrows(IllegalArgumentException.class,
                () -> new Sink(new SinkRef("gw", "sink0"), SinkReadConfig.builder("sink1").build(), Instant.EPOCH));
    }

    @Test
    void gatewayAllowListsMustNameGateways() {
        assertThrows(IllegalArgumentException.class, () -> SinkSelection.network(7, java.util.Set.of()));
    }

    @Test
    void uploadProgressReportsItsShare() {
        assertEquals(0.5, new UploadProgress(new SinkRef("gw", "s"), 50, 100).fraction());
        assertThrows(IllegalArgumentException.class, () -> new UploadProgress(new SinkRef("gw", "s"), 101, 100));
    }
}

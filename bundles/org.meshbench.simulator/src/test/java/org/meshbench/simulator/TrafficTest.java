package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** Periodic node traffic: rate, topics, application payloads, diagnostics and size-only endpoints. */
class TrafficTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void theRateIsSpreadOverGatewaysAndKeptAcrossTicks() {
        SimulatedFleet fleet = SimulatedFleet.create(TestGateway.quiet(clock).size(2, 1, 20).uplinkRate(10).build());
        GatewayBehaviour gateway = fleet.gateways().get(0);
        gateway.tick();

        int published = 0;
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofMillis(25));
            published += gateway.tick().size();
        }

        assertEquals(5, published, "10 packets/s over 2 gateways, for one second");
    }

    @Test
    void applicationPacketsCarryACounterAndTheirTopicNamesSinkNetworkAndEndpoints() {
        TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).size(1, 1, 1).uplinkRate(3)
                .diagnosticsShare(0).applicationUplink(10, 11, 8).build());
        gateway.tick(Duration.ZERO);

        List<DecodedMessage> published = gateway.tick(Duration.ofSeconds(1));

        SinkReadConfig sink = gateway.config("sink0");
        assertEquals(3, published.size());
        for (int i = 0; i < 3; i++) {
            ReceivedDataEvent event = (ReceivedDataEvent) published.get(i).message();
            assertEquals("gw-event/received_data/sim-gw-0/sink0/" + sink.networkAddress().orElseThrow() + "/10/11",
                    published.get(i).topic().path());
            byte[] payload = event.payload().orElseThrow().toByteArray();
            assertEquals(8, payload.length);
            assertEquals(i, payload[0], "little-endian counter of the node's packets");
            assertEquals(sink.nodeAddress().orElseThrow(), event.destinationAddress());
            assertEquals(sink.networkAddress(), event.networkAddress());
            assertEquals(clock.millis(), event.rxTimeMsEpoch());
            assertTrue(event.hopCount().orElseThrow() >= 1);
        }
    }

    @Test
    void diagnosticsAreSentWhileTheDiagnosticIntervalIsNotZero() {
        TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).size(1, 1, 20).uplinkRate(300)
                .diagnosticsShare(0.5).build());
        gateway.tick(Duration.ZERO);

        Map<Long, Long> bySourceEndpoint = gateway.tick(Duration.ofSeconds(1)).stream()
                .map(message -> (ReceivedDataEvent) message.message())
                .collect(Collectors.groupingBy(ReceivedDataEvent::sourceEndpoint, Collectors.counting()));

        assertEquals(Set.of(1L, 251L, 252L, 253L), bySourceEndpoint.keySet());
        assertEquals(300, bySourceEndpoint.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void sizeOnlyEndpointsCarryThePayloadSizeInstead() {
        TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).size(1, 1, 3).uplinkRate(2)
                .diagnosticsShare(0).sizeOnlyEndpoints(Set.of(1)).build());
        gateway.tick(Duration.ZERO);

        for (DecodedMessage message : gateway.tick(Duration.ofSeconds(1))) {
            ReceivedDataEvent event = (ReceivedDataEvent) message.message();
            assertFalse(event.payload().isPresent());
            assertEquals(OptionalLong.of(16), event.payloadSize());
        }
    }
}

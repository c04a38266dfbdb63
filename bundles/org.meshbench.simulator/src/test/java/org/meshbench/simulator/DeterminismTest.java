package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.simulator.testsupport.Downlinks;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** The same seed and the same inputs give the same bytes. */
class DeterminismTest {

    @Test
    void sameSeedGivesIdenticalFleetsAndTraffic() {
        assertEquals(run(7), run(7));
    }

    @Test
    void anotherSeedGivesOtherAddressesIdsAndPayloads() {
        List<Publication> first = events(run(7));
        List<Publication> second = events(run(8));

        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertNotEquals(first.get(i).payload(), second.get(i).payload(), "event " + i);
        }
    }

    /** Responses carry no seeded value (request id, time and result are the same), events all do. */
    private static List<Publication> events(List<Publication> published) {
        return published.stream().filter(publication -> publication.topic().startsWith("gw-event/")).toList();
    }

    @Test
    void eachGatewayHasItsOwnStreamsWhateverTheFleetSize() {
        MutableClock clock = new MutableClock();
        SimulatorConfigBuilder config = TestGateway.quiet(clock).seed(3);
        GatewayBehaviour alone = SimulatedFleet.create(config.size(1, 2, 5).build()).gateways().get(0);
        GatewayBehaviour inFleet = SimulatedFleet.create(config.size(4, 2, 5).build()).gateways().get(0);

        assertEquals(alone.nodeAddresses("sink1"), inFleet.nodeAddresses("sink1"));
        assertEquals(alone.offlineStatus(), inFleet.offlineStatus());
    }

    @Test
    void nodeAddressesAreDistinctWithinANetwork() {
        MutableClock clock = new MutableClock();
        GatewayBehaviour gateway = SimulatedFleet.create(TestGateway.quiet(clock).size(1, 1, 5000).build())
                .gateways().get(0);

        List<Long> nodes = gateway.nodeAddresses("sink0");

        assertEquals(5000, nodes.stream().distinct().count());
        assertEquals(0, nodes.stream().filter(a -> a < 1 || a > 0xFFFFFE).count());
    }

    /** Two gateways: status, one second of traffic, an echo request, one more second of the first with the echo. */
    private static List<Publication> run(long seed) {
        MutableClock clock = new MutableClock();
        SimulatedFleet fleet = SimulatedFleet.create(TestGateway.quiet(clock).size(2, 2, 50).seed(seed)
                .uplinkRate(40).build());
        List<Publication> published = new ArrayList<>();
        for (GatewayBehaviour gateway : fleet.gateways()) {
            published.add(gateway.onlineStatus());
            published.addAll(gateway.tick());
        }
        clock.advance(Duration.ofSeconds(1));
        for (GatewayBehaviour gateway : fleet.gateways()) {
            published.addAll(gateway.tick());
        }
        GatewayBehaviour first = fleet.gateways().get(0);
        long node = first.nodeAddresses("sink0").get(3);
        EncodedMessage request = new GatewayCodec().encodeRequest(first.gatewayId(),
                Downlinks.to("sink0", node, 50, 51, Bytes.fromHex("0102")));
        published.addAll(first.handleRequest(request.topic(), request.payload().toByteArray()));
        clock.advance(Duration.ofSeconds(1));
        published.addAll(first.tick());
        List<DecodedMessage> decoded = TestGateway.decodeAll(published);
        assertEquals(1, Downlinks.from(decoded, 51).size());
        // 20 packets/s per gateway: a second of both, another second of the first, and the echo
        assertEquals(20 + 20 + 20 + 1, decoded.stream().filter(m -> m.message() instanceof ReceivedDataEvent).count());
        return published;
    }
}

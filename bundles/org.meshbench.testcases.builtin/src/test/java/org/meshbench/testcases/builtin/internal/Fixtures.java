package org.meshbench.testcases.builtin.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import org.meshbench.network.Node;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;

/** Values the fake network and the tests build: sink configurations, nodes and received packets. */
final class Fixtures {

    /** The network every test targets. */
    static final long NETWORK = 0x1AB2C3;
    static final AppConfigData APP_CONFIG = new AppConfigData(60, Bytes.fromHex("f67e00"), 7);

    private Fixtures() {
    }

    /** @return a started sink of {@link #NETWORK} on channel 13 with keys and {@link #APP_CONFIG} */
    static SinkReadConfig.Builder healthySink(String sinkId, long nodeAddress) {
        return SinkReadConfig.builder(sinkId).networkAddress(NETWORK).nodeAddress(nodeAddress).networkChannel(13)
                .areKeysSet(true).sinkState(OnOffState.ON).appConfig(APP_CONFIG);
    }

    static Node node(long address, SinkRef lastSink, int hops) {
        Instant now = Instant.now();
        return new Node(NETWORK, address, now, now, hops, 10, 10, 1, Map.of(), lastSink);
    }

    static ReceivedPacket uplink(SinkRef sink, long source, long sourceEndpoint, long destinationEndpoint,
            Bytes payload, long hops) {
        EventHeader header = new EventHeader(sink.gatewayId(), Optional.of(sink.sinkId()),
                ThreadLocalRandom.current().nextLong(), OptionalLong.empty());
        ReceivedDataEvent event = new ReceivedDataEvent(header, source, 1, sourceEndpoint, destinationEndpoint, 5,
                System.currentTimeMillis(), 0, Optional.of(payload), OptionalLong.empty(), OptionalLong.of(hops),
                OptionalLong.of(NETWORK));
        return new ReceivedPacket(sink, NETWORK, event, Instant.now());
    }
}

package org.meshbench.network.testing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;

/** Builds and delivers the messages a gateway sends, for unit tests. */
public final class Messages {
    private static final GatewayCodec CODEC = new GatewayCodec();

    private Messages() {
    }

    /**
     * @param sinkId sink id
     * @param network network address
     * @param nodeAddress the sink's node address
     * @return a started sink's configuration with an app config
     */
    public static SinkReadConfig sink(String sinkId, long network, long nodeAddress) {
        return SinkReadConfig.builder(sinkId).networkAddress(network).nodeAddress(nodeAddress).networkChannel(5)
                .sinkState(OnOffState.ON).appConfig(new AppConfigData(60, Bytes.fromHex("00"), 1))
                .appConfigMaxSize(80).build();
    }

    /**
     * @param gatewayId gateway
     * @param maxScratchpadSize its max scratchpad size
     * @param features its features
     * @param sinks its sinks
     * @return an ONLINE status
     */
    public static StatusEvent online(String gatewayId, long maxScratchpadSize, List<GatewayFeature> features,
            SinkReadConfig... sinks) {
        return new StatusEvent(header(gatewayId, 11), StatusEvent.CURRENT_VERSION, OnOffState.ON, List.of(sinks),
                Optional.of("model-x"), Optional.of("1.2.3"), OptionalLong.of(maxScratchpadSize), features);
    }

    /**
     * @param gatewayId gateway
     * @return the OFFLINE last-will status
     */
    public static StatusEvent offline(String gatewayId) {
        return new StatusEvent(header(gatewayId, 12), StatusEvent.CURRENT_VERSION, OnOffState.OFF, List.of(),
                Optional.of("model-x"), Optional.of("1.2.3"), OptionalLong.empty(), List.of());
    }

    private static EventHeader header(String gatewayId, long eventId) {
        return new EventHeader(gatewayId, Optional.empty(), eventId, OptionalLong.empty());
    }

    /**
     * @return a received-data event from node {@code source} on endpoints 10→20, 3 hops, 40 ms
     */
    public static ReceivedDataEvent data(String gatewayId, String sinkId, long network, long source, long eventId) {
        return data(gatewayId, sinkId, network, source, eventId, 10, 20);
    }

    /** @return a received-data event on the given endpoints */
    public static ReceivedDataEvent data(String gatewayId, String sinkId, long network, long source, long eventId,
            long sourceEndpoint, long destinationEndpoint) {
        return new ReceivedDataEvent(new EventHeader(gatewayId, Optional.of(sinkId), eventId, OptionalLong.empty()),
                source, 1, sourceEndpoint, destinationEndpoint, 40, 1_700_000_000_000L, 0,
                Optional.of(Bytes.fromHex("0102")), OptionalLong.empty(), OptionalLong.of(3), OptionalLong.of(network));
    }

    /** Delivers a status (retained) through the fake transport. */
    public static void deliver(FakeTransport transport, StatusEvent status) {
        EncodedMessage encoded = CODEC.encodeEvent(status);
        transport.deliver(encoded.topic(), encoded.payload().toByteArray(), true);
    }

    /** Delivers a received-data event through the fake transport. */
    public static void deliver(FakeTransport transport, ReceivedDataEvent event) {
        EncodedMessage encoded = CODEC.encodeEvent(event);
        transport.deliver(encoded.topic(), encoded.payload().toByteArray(), false);
    }

    /** Delivers a response through the fake transport. */
    public static void deliver(FakeTransport transport, Response response) {
        EncodedMessage encoded = CODEC.encodeResponse(response);
        transport.deliver(encoded.topic(), encoded.payload().toByteArray(), false);
    }
}

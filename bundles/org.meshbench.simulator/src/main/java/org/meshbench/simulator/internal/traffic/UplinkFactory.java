package org.meshbench.simulator.internal.traffic;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.MessageIdGenerator;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.simulator.Publication;
import org.meshbench.simulator.internal.sink.SimSink;

/**
 * Turns packets a sink received into received-data events, as the official gateway publishes them:
 * QoS 1, not retained, a fresh random event id each, hop count only when above 0, and payload_size
 * instead of the payload for the size-only endpoints. Not thread-safe (the id generator is).
 */
public final class UplinkFactory {

    /** MQTT QoS of received data. */
    public static final int QOS = 1;
    private static final GatewayCodec CODEC = new GatewayCodec();

    private final String gatewayId;
    private final MessageIdGenerator eventIds;
    private final Set<Integer> sizeOnlyEndpoints;

    /**
     * @param gatewayId         the publishing gateway
     * @param eventIds          where event ids come from
     * @param sizeOnlyEndpoints destination endpoints published without payload
     */
    public UplinkFactory(String gatewayId, MessageIdGenerator eventIds, Set<Integer> sizeOnlyEndpoints) {
        this.gatewayId = gatewayId;
        this.eventIds = eventIds;
        this.sizeOnlyEndpoints = Set.copyOf(sizeOnlyEndpoints);
    }

    /**
     * @param sink   the sink that received the packet
     * @param uplink the packet
     * @param rxTime when the sink received it
     * @return the event, ready to publish
     */
    public Publication publication(SimSink sink, Uplink uplink, Instant rxTime) {
        long rxMillis = rxTime.toEpochMilli();
        boolean sizeOnly = sizeOnlyEndpoints.contains(uplink.destinationEndpoint());
        ReceivedDataEvent event = new ReceivedDataEvent(
                new EventHeader(gatewayId, Optional.of(sink.id()), eventIds.nextEventId(), OptionalLong.of(rxMillis)),
                uplink.sourceAddress(), sink.state().nodeAddress(), uplink.sourceEndpoint(),
                uplink.destinationEndpoint(), uplink.travelTimeMs(), rxMillis, uplink.qos(),
                sizeOnly ? Optional.empty() : Optional.of(uplink.payload()),
                sizeOnly ? OptionalLong.of(uplink.payload().size()) : OptionalLong.empty(),
                uplink.hopCount() > 0 ? OptionalLong.of(uplink.hopCount()) : OptionalLong.empty(),
                OptionalLong.of(sink.state().networkAddress()));
        return Publication.of(CODEC.encodeEvent(event), QOS, false);
    }
}

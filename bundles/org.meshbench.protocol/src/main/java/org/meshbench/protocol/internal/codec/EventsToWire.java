package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.HeadersToWire.event;
import static org.meshbench.protocol.internal.codec.WireScalars.u32Bits;

import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.internal.wire.WireData;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.message.Event;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.StatusEvent;

/** The two events, API form to generated form. */
final class EventsToWire {

    private EventsToWire() {
    }

    static void put(Event event, WirepasMessage.Builder w) {
        switch (event) {
            case StatusEvent e -> w.setStatusEvent(status(e));
            case ReceivedDataEvent e -> w.setPacketReceivedEvent(receivedData(e));
        }
    }

    private static WireConfig.StatusEvent status(StatusEvent e) {
        WireConfig.StatusEvent.Builder w = WireConfig.StatusEvent.newBuilder().setHeader(event(e.header()))
                .setVersion(u32Bits(e.version())).setState(ConfigsToWire.onOff(e.state(), "state"));
        e.configs().forEach(config -> w.addConfigs(ConfigsToWire.sinkReadConfig(config)));
        e.gwModel().ifPresent(w::setGwModel);
        e.gwVersion().ifPresent(w::setGwVersion);
        e.maxScratchpadSize().ifPresent(size -> w.setMaxScratchpadSize(u32Bits(size)));
        e.gwFeatures().forEach(feature -> w.addGwFeatures(ConfigsToWire.gatewayFeature(feature)));
        return w.buildPartial();
    }

    private static WireData.PacketReceivedEvent receivedData(ReceivedDataEvent e) {
        WireData.PacketReceivedEvent.Builder w = WireData.PacketReceivedEvent.newBuilder()
                .setHeader(event(e.header()))
                .setSourceAddress(u32Bits(e.sourceAddress()))
                .setDestinationAddress(u32Bits(e.destinationAddress()))
                .setSourceEndpoint(u32Bits(e.sourceEndpoint()))
                .setDestinationEndpoint(u32Bits(e.destinationEndpoint()))
                .setTravelTimeMs(u32Bits(e.travelTimeMs()))
                .setRxTimeMsEpoch(e.rxTimeMsEpoch())
                .setQos(u32Bits(e.qos()));
        e.payload().ifPresent(payload -> w.setPayload(WireScalars.byteString(payload)));
        e.payloadSize().ifPresent(size -> w.setPayloadSize(u32Bits(size)));
        e.hopCount().ifPresent(count -> w.setHopCount(u32Bits(count)));
        e.networkAddress().ifPresent(w::setNetworkAddress);
        return w.buildPartial();
    }
}

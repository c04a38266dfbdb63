package org.meshbench.protocol.internal.codec;

import static org.meshbench.protocol.internal.codec.HeadersFromWire.event;
import static org.meshbench.protocol.internal.codec.WireScalars.u32;

import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.internal.wire.WireData;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.message.Event;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.OnOffState;

/** The two events, generated form to API form. */
final class EventsFromWire {

    private EventsFromWire() {
    }

    static Event convert(MessageKind kind, WirepasMessage w) {
        return switch (kind) {
            case STATUS_EVENT -> status(w.getStatusEvent());
            case RECEIVED_DATA_EVENT -> receivedData(w.getPacketReceivedEvent());
            default -> throw new IllegalArgumentException(kind + " is not an event");
        };
    }

    private static StatusEvent status(WireConfig.StatusEvent w) {
        OnOffState state = OnOffState.fromWireValue(WireEnums.required(w.hasState(), w.getState(), w,
                WireConfig.StatusEvent.STATE_FIELD_NUMBER));
        return new StatusEvent(event(w.getHeader()), u32(w.getVersion()), state,
                w.getConfigsList().stream().map(ConfigsFromWire::sinkReadConfig).toList(),
                WireScalars.string(w.hasGwModel(), w.getGwModel()),
                WireScalars.string(w.hasGwVersion(), w.getGwVersion()),
                u32(w.hasMaxScratchpadSize(), w.getMaxScratchpadSize()),
                WireEnums.repeated(w.getGwFeaturesList(), w, WireConfig.StatusEvent.GW_FEATURES_FIELD_NUMBER)
                        .stream().map(GatewayFeature::fromWireValue).toList());
    }

    private static ReceivedDataEvent receivedData(WireData.PacketReceivedEvent w) {
        return new ReceivedDataEvent(event(w.getHeader()), u32(w.getSourceAddress()),
                u32(w.getDestinationAddress()), u32(w.getSourceEndpoint()), u32(w.getDestinationEndpoint()),
                u32(w.getTravelTimeMs()), w.getRxTimeMsEpoch(), u32(w.getQos()),
                WireScalars.bytes(w.hasPayload(), w.getPayload()), u32(w.hasPayloadSize(), w.getPayloadSize()),
                u32(w.hasHopCount(), w.getHopCount()), WireScalars.u64(w.hasNetworkAddress(), w.getNetworkAddress()));
    }
}

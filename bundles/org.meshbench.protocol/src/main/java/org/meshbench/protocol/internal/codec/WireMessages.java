package org.meshbench.protocol.internal.codec;

import org.meshbench.protocol.internal.wire.WireEnvelope.GenericMessage;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.message.Event;
import org.meshbench.protocol.message.GatewayMessage;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;

/** Entry point of the typed conversion in both directions. Stateless and thread-safe. */
public final class WireMessages {

    private WireMessages() {
    }

    /**
     * @param kind    the kind set in {@code wirepas}
     * @param wirepas a message that passed {@link RequiredFields}
     * @return the typed message
     */
    public static GatewayMessage fromWire(MessageKind kind, WirepasMessage wirepas) {
        return switch (kind.direction()) {
            case REQUEST -> RequestsFromWire.convert(kind, wirepas);
            case RESPONSE -> ResponsesFromWire.convert(kind, wirepas);
            case EVENT -> EventsFromWire.convert(kind, wirepas);
        };
    }

    /**
     * @param message a typed message
     * @return the message in its envelope
     * @throws IllegalArgumentException if the message holds an enum constant that has no wire value
     */
    public static GenericMessage toWire(GatewayMessage message) {
        WirepasMessage.Builder wirepas = WirepasMessage.newBuilder();
        switch (message) {
            case Request request -> RequestsToWire.put(request, wirepas);
            case Response response -> ResponsesToWire.put(response, wirepas);
            case Event event -> EventsToWire.put(event, wirepas);
        }
        return GenericMessage.newBuilder().setWirepas(wirepas.buildPartial()).buildPartial();
    }
}

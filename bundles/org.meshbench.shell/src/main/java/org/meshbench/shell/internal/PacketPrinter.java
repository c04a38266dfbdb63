package org.meshbench.shell.internal;

import java.util.HexFormat;
import java.util.Optional;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecodedField;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.decoding.PacketContexts;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;

/**
 * One line per received packet, as wm-gw-cli's track_data_packets printed it, with the decoder registry's summary;
 * the payload hex with byte print on, the decoded fields one per line with pretty print on.
 */
final class PacketPrinter {

    private final ShellState state;

    PacketPrinter(ShellState state) {
        this.state = state;
    }

    void print(ReceivedPacket packet) {
        ReceivedDataEvent event = packet.event();
        Optional<byte[]> payload = event.payload().map(Bytes::toByteArray);
        StringBuilder line = new StringBuilder(state.replyGreeting().isEmpty() ? "" : state.replyGreeting() + " ");
        line.append(String.format("nw:%d gw:%s sink:%s node:%d ep:%d->%d hops:%d "
                + "travel:%d ms", packet.networkAddress(), packet.sink().gatewayId(), packet.sink().sinkId(),
                event.sourceAddress(), event.sourceEndpoint(), event.destinationEndpoint(),
                event.hopCount().orElse(0), event.travelTimeMs()));
        Optional<DecodeOutcome> outcome = payload.flatMap(bytes -> decode(packet, bytes));
        outcome.ifPresentOrElse(decoded -> line.append(" | ").append(decoded.summary()),
                () -> line.append(" | ").append(payload.map(bytes -> bytes.length + " bytes")
                        .orElse("payload withheld")));
        if (state.bytePrint() && payload.isPresent()) {
            line.append(" | data:").append(HexFormat.of().formatHex(payload.get()));
        }
        state.out().println(line);
        if (state.prettyPrint()) {
            outcome.flatMap(DecodeOutcome::packet)
                    .ifPresent(decoded -> decoded.fields().forEach(field -> printField(field, "    ")));
        }
        state.out().flush();
    }

    private Optional<DecodeOutcome> decode(ReceivedPacket packet, byte[] payload) {
        return state.decoders().flatMap(registry -> PacketContexts.of(packet)
                .map(context -> registry.decode(payload, context)));
    }

    private void printField(DecodedField field, String indent) {
        state.out().println(indent + field.name() + " = " + field.display()
                + (field.unit().isEmpty() ? "" : " " + field.unit()));
        field.children().forEach(child -> printField(child, indent + "  "));
    }
}

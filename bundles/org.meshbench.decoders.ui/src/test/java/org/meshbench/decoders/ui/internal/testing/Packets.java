package org.meshbench.decoders.ui.internal.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.network.decoding.PacketContexts;
import org.meshbench.decoders.ui.internal.model.PacketRow;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;

/** Received packets and rows for tests: gateway gw1, sink sink0, network 4660, 2 hops, 25 ms. */
public final class Packets {

    public static final long NETWORK = 4660;
    /** 2024-01-02T03:04:05.678Z */
    public static final long RX_TIME = 1_704_164_645_678L;

    private Packets() {
    }

    /**
     * @param source source node address
     * @param sourceEndpoint source endpoint
     * @param destinationEndpoint destination endpoint
     * @param payload the payload
     * @return a packet to node 1
     */
    public static ReceivedPacket packet(long source, long sourceEndpoint, long destinationEndpoint, byte... payload) {
        return packet(source, sourceEndpoint, destinationEndpoint, Optional.of(Bytes.of(payload)), OptionalLong.empty());
    }

    /**
     * @param source source node address
     * @param reportedSize the size the gateway reports instead of the payload
     * @return a packet on endpoints 1→1 whose payload the gateway withheld
     */
    public static ReceivedPacket withheld(long source, long reportedSize) {
        return packet(source, 1, 1, Optional.empty(), OptionalLong.of(reportedSize));
    }

    private static ReceivedPacket packet(long source, long sourceEndpoint, long destinationEndpoint,
            Optional<Bytes> payload, OptionalLong reportedSize) {
        ReceivedDataEvent event = new ReceivedDataEvent(new EventHeader("gw1", Optional.of("sink0"), source,
                OptionalLong.empty()), source, 1, sourceEndpoint, destinationEndpoint, 25, RX_TIME, 0, payload,
                reportedSize, OptionalLong.of(2), OptionalLong.of(NETWORK));
        return new ReceivedPacket(new SinkRef("gw1", "sink0"), NETWORK, event, Instant.ofEpochMilli(RX_TIME));
    }

    /**
     * @param number row number
     * @param packet the packet
     * @param decoderId the winner
     * @param reason why it won
     * @param alternatives the other decoders that apply
     * @param fields the decoded fields
     * @return a row the decoder decoded with summary {@code "decoded by <id>"}
     */
    public static PacketRow decoded(long number, ReceivedPacket packet, String decoderId, SelectionReason reason,
            List<String> alternatives, DecodedField... fields) {
        PacketContext context = PacketContexts.of(packet).orElseThrow();
        DecodeOutcome outcome = DecodeOutcome.decoded(packet.event().payload().orElseThrow().toByteArray(), context,
                new DecoderSelection(Optional.of(decoderId), reason, alternatives),
                DecodedPacket.builder("decoded by " + decoderId).fields(List.of(fields)).build());
        return new PacketRow(number, packet, Optional.of(context), Optional.of(outcome), name(decoderId), "");
    }

    /**
     * @param number row number
     * @param packet the packet
     * @param decoderId the decoder that failed
     * @param message its message
     * @return a row whose decoder rejected the payload as malformed
     */
    public static PacketRow failed(long number, ReceivedPacket packet, String decoderId, String message) {
        PacketContext context = PacketContexts.of(packet).orElseThrow();
        DecodeOutcome outcome = DecodeOutcome.failed(packet.event().payload().orElseThrow().toByteArray(), context,
                new DecoderSelection(Optional.of(decoderId), SelectionReason.BINDING, List.of()),
                new DecodeError(DecodeError.Kind.MALFORMED_PAYLOAD, message, 0, decoderId, "vendor.plugin"));
        return new PacketRow(number, packet, Optional.of(context), Optional.of(outcome), name(decoderId), "");
    }

    /**
     * @param decoderId a decoder id like {@code com.example.thermo}
     * @return the display name tests give it: {@code Thermo}
     */
    public static String name(String decoderId) {
        String last = decoderId.substring(decoderId.lastIndexOf('.') + 1);
        return Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }
}

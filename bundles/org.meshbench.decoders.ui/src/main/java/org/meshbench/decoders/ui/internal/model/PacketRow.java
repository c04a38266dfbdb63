package org.meshbench.decoders.ui.internal.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.mesh.EndpointPair;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;

/**
 * One received packet as the Packets view shows it: what arrived, and what the decoder registry
 * made of it. The raw payload always stays with the row, also when decoding failed. Immutable and
 * thread-safe; re-decoding makes a new row with the same number.
 */
public final class PacketRow {

    private final long number;
    private final ReceivedPacket packet;
    private final Optional<PacketContext> context;
    private final Optional<DecodeOutcome> outcome;
    private final String decoderName;
    private final String note;
    private final String searchText; // computed once: the filter runs over every row several times a second

    /**
     * @param number the row's number, counting from 1 since the view opened
     * @param packet the packet as received
     * @param context its decoder context, empty when its endpoints do not fit in a byte
     * @param outcome what the registry made of it, empty when it was not asked
     * @param decoderName display name of the decoder that won, or empty
     * @param note why the registry was not asked, or empty
     */
    public PacketRow(long number, ReceivedPacket packet, Optional<PacketContext> context,
            Optional<DecodeOutcome> outcome, String decoderName, String note) {
        this.number = number;
        this.packet = Objects.requireNonNull(packet, "packet");
        this.context = Objects.requireNonNull(context, "context");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.decoderName = Objects.requireNonNull(decoderName, "decoderName");
        this.note = Objects.requireNonNull(note, "note");
        this.searchText = searchText();
    }

    /** @return the row's number */
    public long number() { return number; }

    /** @return the packet as received */
    public ReceivedPacket packet() { return packet; }

    /** @return the received-data event */
    public ReceivedDataEvent event() { return packet.event(); }

    /** @return the decoder context, empty when the endpoints do not fit in a byte */
    public Optional<PacketContext> context() { return context; }

    /** @return what the registry made of the packet, empty when it was not asked */
    public Optional<DecodeOutcome> outcome() { return outcome; }

    /** @return the display name of the decoder that won, or empty */
    public String decoderName() { return decoderName; }

    /** @return why the registry was not asked, or empty */
    public String note() { return note; }

    /** @return the endpoint pair a "Decode As" choice applies to, if decoders can apply at all */
    public Optional<EndpointPair> endpoints() {
        return context.map(PacketContext::endpoints);
    }

    /** @return a copy of the payload, empty when the gateway withheld it */
    public Optional<byte[]> payload() {
        return packet.event().payload().map(Bytes::toByteArray);
    }

    /** @return the payload size, or the size the gateway reported for a withheld payload */
    public OptionalLong size() {
        Optional<Bytes> payload = packet.event().payload();
        return payload.isPresent() ? OptionalLong.of(payload.get().size()) : packet.event().payloadSize();
    }

    /** @return how the decoder was chosen, if the registry was asked */
    public Optional<DecoderSelection> selection() {
        return outcome.map(DecodeOutcome::selection);
    }

    /** @return whether the decoder that won failed on this payload */
    public boolean failed() {
        return outcome.flatMap(DecodeOutcome::error).isPresent();
    }

    /** @return the decoder summary, the error, the raw bytes, or the note */
    public String summary() {
        return outcome.map(DecodeOutcome::summary).orElse(note);
    }

    /** @return e.g. {@code Traffic diagnostics [Decode As] (1 alternative)}, or empty without a decoder */
    public String decoderText() {
        Optional<DecoderSelection> selection = selection();
        if (decoderName.isEmpty() || selection.isEmpty()) {
            return "";
        }
        int alternatives = selection.get().alternatives().size();
        return decoderName + (selection.get().reason() == SelectionReason.OVERRIDE ? " [Decode As]" : "")
                + switch (alternatives) {
                    case 0 -> "";
                    case 1 -> " (1 alternative)";
                    default -> " (" + alternatives + " alternatives)";
                };
    }

    /**
     * @param lowerCaseWord a word of a filter, in lower case
     * @return whether an address, an endpoint, the gateway or sink, the decoder or the summary
     *         contains it
     */
    public boolean mentions(String lowerCaseWord) {
        return searchText.contains(lowerCaseWord);
    }

    private String searchText() {
        ReceivedDataEvent event = packet.event();
        String endpoints = event.sourceEndpoint() + "→" + event.destinationEndpoint();
        String decoderId = selection().flatMap(DecoderSelection::decoderId).orElse("");
        return String.join("\n", packet.sink().gatewayId(), packet.sink().sinkId(),
                Long.toUnsignedString(packet.networkAddress()), Long.toString(event.sourceAddress()),
                Long.toString(event.destinationAddress()), endpoints, endpoints.replace("→", "->"), decoderId,
                decoderName, summary()).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "#" + number + " " + summary();
    }
}

package org.meshbench.decoders;

import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of decoding one packet through the registry: the raw payload (always kept), which
 * decoder was selected and its alternatives, and either the decoded packet or the error.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DecodeOutcome {

    private final byte[] payload;
    private final PacketContext context;
    private final DecoderSelection selection;
    private final DecodedPacket packet;
    private final DecodeError error;

    private DecodeOutcome(byte[] payload, PacketContext context, DecoderSelection selection,
            DecodedPacket packet, DecodeError error) {
        this.payload = payload.clone();
        this.context = Objects.requireNonNull(context, "context");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.packet = packet;
        this.error = error;
    }

    /**
     * @param payload the raw payload
     * @param context the packet context
     * @param selection how the decoder was chosen
     * @param packet what it decoded
     * @return a successful outcome
     */
    public static DecodeOutcome decoded(byte[] payload, PacketContext context,
            DecoderSelection selection, DecodedPacket packet) {
        return new DecodeOutcome(payload, context, selection, Objects.requireNonNull(packet), null);
    }

    /**
     * @param payload the raw payload
     * @param context the packet context
     * @param selection how the decoder was chosen
     * @param error why decoding failed
     * @return a failed outcome that keeps the raw payload
     */
    public static DecodeOutcome failed(byte[] payload, PacketContext context,
            DecoderSelection selection, DecodeError error) {
        return new DecodeOutcome(payload, context, selection, null, Objects.requireNonNull(error));
    }

    /**
     * @param payload the raw payload
     * @param context the packet context
     * @param selection a selection without a winner
     * @return an outcome for a packet no decoder applies to
     */
    public static DecodeOutcome undecoded(byte[] payload, PacketContext context,
            DecoderSelection selection) {
        return new DecodeOutcome(payload, context, selection, null, null);
    }

    /** @return a copy of the raw payload */
    public byte[] payload() { return payload.clone(); }

    /** @return the packet context */
    public PacketContext context() { return context; }

    /** @return the chosen decoder, why, and the alternatives */
    public DecoderSelection selection() { return selection; }

    /** @return the decoded packet, if decoding succeeded */
    public Optional<DecodedPacket> packet() { return Optional.ofNullable(packet); }

    /** @return the error, if the chosen decoder failed */
    public Optional<DecodeError> error() { return Optional.ofNullable(error); }

    /** @return one line for a packet list: the decoder's summary, the error, or the raw size */
    public String summary() {
        if (packet != null) {
            return packet.summary();
        }
        if (error != null) {
            return "decode error: " + error.message();
        }
        return payload.length + " bytes: " + HexFormat.of().formatHex(payload);
    }

    @Override
    public String toString() {
        return summary();
    }
}

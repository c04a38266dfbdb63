package org.meshbench.decoders;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which decoder won for a packet, why, and which other decoders would also apply. Immutable.
 *
 * @param decoderId the winner, empty when no decoder applies
 * @param reason why the winner was chosen ({@link SelectionReason#NONE} without a winner)
 * @param alternatives other applicable decoders, best first; the caller may switch to one with
 *        {@link DecoderRegistry#decodeWith}
 * @since 0.1
 */
public record DecoderSelection(Optional<String> decoderId, SelectionReason reason,
        List<String> alternatives) {

    /** Copies the alternatives and rejects {@code null} components. */
    public DecoderSelection {
        Objects.requireNonNull(decoderId, "decoderId");
        Objects.requireNonNull(reason, "reason");
        alternatives = List.copyOf(alternatives);
    }

    /**
     * @param alternatives decoders that would apply if enabled differently; usually empty
     * @return a selection without a winner
     */
    public static DecoderSelection none(List<String> alternatives) {
        return new DecoderSelection(Optional.empty(), SelectionReason.NONE, alternatives);
    }
}

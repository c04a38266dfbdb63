package org.meshbench.decoders;

import java.util.Objects;

/**
 * Why a packet could not be decoded. The packet keeps its raw bytes; this explains what to show
 * instead of the field tree. Immutable.
 *
 * @param kind what kind of failure it was
 * @param message text for the user
 * @param offset payload offset where decoding failed, or {@link DecodedField#NO_OFFSET}
 * @param decoderId the decoder that failed
 * @param contributorId the plug-in that contributed that decoder
 * @since 0.1
 */
public record DecodeError(Kind kind, String message, int offset, String decoderId,
        String contributorId) {

    /** Rejects {@code null} components. */
    public DecodeError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(decoderId, "decoderId");
        Objects.requireNonNull(contributorId, "contributorId");
    }

    /** The kinds of failure; all but {@link #MALFORMED_PAYLOAD} count as decoder faults. */
    public enum Kind {
        /** The payload does not follow the format (the decoder threw {@link DecodeException}). */
        MALFORMED_PAYLOAD,
        /** The decoder threw an unexpected exception or could not be created. */
        DECODER_FAILURE,
        /** The decoder returned {@code null} or fields outside the payload. */
        INVALID_RESULT,
        /** The decoder ran past its time budget. */
        TIMEOUT;

        /** @return whether this kind counts against the decoder */
        public boolean isFault() {
            return this != MALFORMED_PAYLOAD;
        }
    }
}

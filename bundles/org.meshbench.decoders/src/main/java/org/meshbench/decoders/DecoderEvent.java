package org.meshbench.decoders;

import java.util.Objects;

/**
 * Something the user may want to know about the decoder registry. Immutable.
 *
 * @since 0.1
 */
public sealed interface DecoderEvent {

    /** The set of decoders, their bindings or their enablement changed (plug-ins came or went). */
    record DecodersChanged() implements DecoderEvent {
    }

    /**
     * A decoder misbehaved on one packet (threw, returned garbage or overran its budget).
     *
     * @param decoder the decoder after the fault
     * @param error what happened
     */
    record DecoderFaulted(DecoderInfo decoder, DecodeError error) implements DecoderEvent {
        /** Rejects {@code null} components. */
        public DecoderFaulted {
            Objects.requireNonNull(decoder, "decoder");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * A decoder was disabled because it kept failing; the user should be told and may re-enable it.
     *
     * @param decoder the decoder, now disabled
     * @param reason why, e.g. "5 consecutive faults; last: ..."
     */
    record DecoderDisabled(DecoderInfo decoder, String reason) implements DecoderEvent {
        /** Rejects {@code null} components. */
        public DecoderDisabled {
            Objects.requireNonNull(decoder, "decoder");
            Objects.requireNonNull(reason, "reason");
        }
    }
}

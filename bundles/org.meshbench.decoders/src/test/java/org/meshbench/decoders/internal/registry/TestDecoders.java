package org.meshbench.decoders.internal.registry;

import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.HeuristicDecoder;
import org.meshbench.decoders.PacketContext;

/** Decoders with known behaviour, good and bad, for registry tests. */
final class TestDecoders {

    private TestDecoders() {
    }

    /** @return a decoder whose summary is its label, with one field over the first byte */
    static Decoder labelled(String label) {
        return (payload, context) -> DecodedPacket.builder(label)
                .field(DecodedField.builder("first").value(payload[0]).span(0, 1).build()).build();
    }

    static Decoder throwing() {
        return (payload, context) -> {
            throw new IllegalStateException("bug in decoder");
        };
    }

    static Decoder returningNull() {
        return (payload, context) -> null;
    }

    static Decoder fieldPastTheEnd() {
        return (payload, context) -> DecodedPacket.builder("bad")
                .field(DecodedField.builder("beyond").value(1).span(payload.length, 1).build()).build();
    }

    static Decoder malformed() {
        return (payload, context) -> {
            throw new DecodeException(1, "bad length byte");
        };
    }

    /** Spins until interrupted, like a decoder stuck in a loop over a bad length field. */
    static Decoder stuck() {
        return (payload, context) -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            return DecodedPacket.builder("too late").build();
        };
    }

    /** @return a heuristic decoder that accepts payloads starting with {@code marker} */
    static HeuristicDecoder heuristic(String label, int marker) {
        return new HeuristicDecoder() {
            @Override
            public boolean canDecode(byte[] payload, PacketContext context) {
                return payload.length > 0 && (payload[0] & 0xFF) == marker;
            }

            @Override
            public DecodedPacket decode(byte[] payload, PacketContext context) {
                return DecodedPacket.builder(label).build();
            }
        };
    }

    static HeuristicDecoder heuristicThatThrows() {
        return new HeuristicDecoder() {
            @Override
            public boolean canDecode(byte[] payload, PacketContext context) {
                throw new ArrayIndexOutOfBoundsException(7);
            }

            @Override
            public DecodedPacket decode(byte[] payload, PacketContext context) {
                return DecodedPacket.builder("never").build();
            }
        };
    }
}

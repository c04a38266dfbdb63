package org.meshbench.protocol.internal.codec;

import com.google.protobuf.ByteString;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.Bytes;

/** Scalar conversions between generated getters and the API's types (uint32 in long, optionals). */
final class WireScalars {

    private WireScalars() {
    }

    static long u32(int wire) {
        return Integer.toUnsignedLong(wire);
    }

    static OptionalLong u32(boolean has, int wire) {
        return has ? OptionalLong.of(Integer.toUnsignedLong(wire)) : OptionalLong.empty();
    }

    static OptionalLong u64(boolean has, long wire) {
        return has ? OptionalLong.of(wire) : OptionalLong.empty();
    }

    static Optional<String> string(boolean has, String wire) {
        return has ? Optional.of(wire) : Optional.empty();
    }

    static Optional<Boolean> bool(boolean has, boolean wire) {
        return has ? Optional.of(wire) : Optional.empty();
    }

    static Bytes bytes(ByteString wire) {
        return Bytes.of(wire.toByteArray());
    }

    static Optional<Bytes> bytes(boolean has, ByteString wire) {
        return has ? Optional.of(bytes(wire)) : Optional.empty();
    }

    static ByteString byteString(Bytes bytes) {
        return ByteString.copyFrom(bytes.toByteArray());
    }

    /** The generated setters take the uint32 bit pattern in an int. */
    static int u32Bits(long value) {
        return (int) value;
    }
}

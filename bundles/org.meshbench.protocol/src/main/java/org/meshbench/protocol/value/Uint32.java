package org.meshbench.protocol.value;

import java.util.OptionalLong;

/** Range checks for protobuf {@code uint32} fields, which this API holds in {@code long}s. */
public final class Uint32 {

    /** Largest value of a {@code uint32}: 4294967295. */
    public static final long MAX_VALUE = 0xFFFF_FFFFL;

    private Uint32() {
    }

    /**
     * @param field the protobuf field name, for the error message
     * @param value the value to check
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is outside 0..4294967295
     */
    public static long require(String field, long value) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException(field + " is a uint32 (0.." + MAX_VALUE + ") but was " + value);
        }
        return value;
    }

    /**
     * @param field the protobuf field name, for the error message
     * @param value the optional value to check (not null)
     * @return {@code value}
     * @throws IllegalArgumentException if a present value is outside 0..4294967295
     */
    public static OptionalLong require(String field, OptionalLong value) {
        value.ifPresent(present -> require(field, present));
        return value;
    }
}

/**
 * Immutable values shared by the messages of the Wirepas backend-to-gateway API: enums,
 * sink configurations, keys, scratchpad descriptions and byte strings.
 *
 * <p>Record components mirror the protobuf fields (in camelCase). Conventions:
 * {@code uint32} fields are {@code long} values checked to 0..4294967295, {@code uint64} fields
 * are {@code long} values read as unsigned, optional fields are {@link java.util.Optional} or
 * {@link java.util.OptionalLong} (empty means "not set on the wire"), repeated fields are
 * unmodifiable lists. Every type here is immutable and thread-safe.
 */
package org.meshbench.protocol.value;

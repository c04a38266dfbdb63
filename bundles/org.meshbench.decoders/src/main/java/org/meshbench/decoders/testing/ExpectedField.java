package org.meshbench.decoders.testing;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a test vector expects of one field; absent parts are not checked. Immutable.
 *
 * @param checksValue whether {@link #value} is checked
 * @param value expected value: a {@link java.math.BigDecimal}, {@link String}, {@link Boolean}
 *        or {@code null}
 * @param display expected display text
 * @param unit expected unit
 * @param offset expected offset
 * @param length expected length
 * @since 0.1
 */
public record ExpectedField(boolean checksValue, Object value, Optional<String> display,
        Optional<String> unit, OptionalInt offset, OptionalInt length) {
}

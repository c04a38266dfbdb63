package org.meshbench.decoders.testing;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a test vector expects of a decode failure; absent parts are not checked. Immutable.
 *
 * @param offset the offset the {@link org.meshbench.decoders.DecodeException} must report
 * @param contains text its message must contain
 * @since 0.1
 */
public record ExpectedError(OptionalInt offset, Optional<String> contains) {
}

package org.meshbench.decoders;

import java.util.Objects;

/**
 * One numeric sample a decoder offers for charts, e.g. a node's supply voltage. Samples with the
 * same name from successive packets of one node form a time series. Immutable.
 *
 * @param name series name, stable across packets (e.g. {@code "voltage"})
 * @param value the sample; finite
 * @param unit unit of the value, or an empty string
 * @since 0.1
 */
public record SeriesValue(String name, double value, String unit) {

    /** Rejects blank names and non-finite values. */
    public SeriesValue {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("series name must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("series value must be finite: " + value);
        }
        Objects.requireNonNull(unit, "unit");
    }
}

package org.meshbench.testcases;

import java.util.Objects;

/**
 * A named measurement of a test run. Immutable.
 *
 * @param name a dotted name such as {@code latency.p95}
 * @param value the value
 * @param unit the unit, such as {@code ms} or {@code %}; empty for plain counts
 * @since 0.1
 */
public record Metric(String name, double value, String unit) {

    /** Checks the name and the value. */
    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a metric needs a name");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("metric " + name + " is not a finite number: " + value);
        }
    }

    /** @return the value without a trailing {@code .0} for whole numbers */
    public String formattedValue() {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** @return {@code name = value unit} */
    @Override
    public String toString() {
        return name + " = " + formattedValue() + (unit.isEmpty() ? "" : " " + unit);
    }
}

package org.meshbench.testcases;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a test records measurements; they become properties in the JUnit report. Recording a
 * name again replaces its value and keeps its position. Thread-safe.
 *
 * @since 0.1
 */
@ProviderType
public interface TestMetrics {

    /**
     * @param name a dotted name such as {@code latency.p95}
     * @param value a finite value
     * @param unit the unit, such as {@code ms}; empty for plain counts
     * @throws IllegalArgumentException if the name is blank or the value not finite
     */
    void record(String name, double value, String unit);

    /**
     * @param name a dotted name such as {@code packets.received}
     * @param count a count
     */
    default void count(String name, long count) {
        record(name, count, "");
    }
}

package org.meshbench.testcases.internal.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestMetrics;

/** A test's metrics by name, in the order first recorded. Thread-safe. */
final class MetricSheet implements TestMetrics {

    private final Map<String, Metric> metrics = new LinkedHashMap<>();

    @Override
    public void record(String name, double value, String unit) {
        Metric metric = new Metric(name, value, unit);
        synchronized (metrics) {
            metrics.put(name, metric);
        }
    }

    List<Metric> metrics() {
        synchronized (metrics) {
            return List.copyOf(metrics.values());
        }
    }
}

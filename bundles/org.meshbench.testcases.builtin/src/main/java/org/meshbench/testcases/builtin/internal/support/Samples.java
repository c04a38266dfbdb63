package org.meshbench.testcases.builtin.internal.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured values and their percentiles (nearest rank). Thread-safe. */
public final class Samples {

    private final List<Double> values = new ArrayList<>();

    /** @param value a measurement */
    public synchronized void add(double value) {
        values.add(value);
    }

    /** @return how many values were added */
    public synchronized int count() {
        return values.size();
    }

    /**
     * Nearest rank: the smallest value that at least {@code percent} % of the values do not exceed,
     * so that p100 is the maximum and no value is invented by interpolation.
     *
     * @param percent 0 (exclusive) to 100
     * @return the percentile
     * @throws IllegalStateException if there are no values
     */
    public synchronized double percentile(double percent) {
        if (values.isEmpty()) {
            throw new IllegalStateException("no values");
        }
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percentile " + percent + " is outside (0, 100]");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}

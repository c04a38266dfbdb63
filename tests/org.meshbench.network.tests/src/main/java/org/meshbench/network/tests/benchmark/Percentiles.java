package org.meshbench.network.tests.benchmark;

import java.util.Arrays;

/** Percentiles and medians of measured samples. */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param samples the samples (sorted here)
     * @param percent 0..100
     * @return the sample below which {@code percent} of them lie
     */
    static long of(long[] samples, double percent) {
        Arrays.sort(samples);
        int index = (int) Math.min(samples.length - 1, Math.floor(samples.length * percent / 100.0));
        return samples[index];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

package org.kinship.bench.load;

import org.HdrHistogram.Histogram;

/** Percentiles of a histogram recorded in microseconds, reported in milliseconds. */
public record Latency(long count, double p50Ms, double p99Ms, double p999Ms, double maxMs) {
    static final int SIGNIFICANT_DIGITS = 3;

    public static Histogram newHistogram() {
        return new Histogram(SIGNIFICANT_DIGITS);
    }

    public static Latency of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latency(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}

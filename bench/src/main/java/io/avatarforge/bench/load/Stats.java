package io.avatarforge.bench.load;

/** Percentiles by the nearest-rank method over sorted samples. */
public final class Stats {

    private Stats() {
    }

    /** The nearest-rank percentile of already sorted values; 0 when there are none. */
    public static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)];
    }
}

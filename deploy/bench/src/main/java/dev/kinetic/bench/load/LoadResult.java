package dev.kinetic.bench.load;

/**
 * What a fixed-rate run measured. Latency counts from the moment a request was due, not from when it
 * was sent, so a stalled server shows in every request that had to wait for it.
 */
public record LoadResult(String name, double offeredPerSecond, double achievedPerSecond, long due, long succeeded,
        long failed, long dropped, double p50Ms, double p90Ms, double p99Ms, double maxMs) {

    /** The line the benchmark scripts read: achieved/s p50 p99 max errors. */
    public String summaryLine() {
        return String.format(java.util.Locale.ROOT, "%.0f %.2f %.2f %.2f %d", achievedPerSecond, p50Ms, p99Ms, maxMs,
                failed + dropped);
    }
}

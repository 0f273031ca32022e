package dev.kinetic.bench.load;

import java.time.Duration;

/** What the harness asks of a load generator: unmeasured warm-up, the closed-loop peak and fixed-rate runs. */
public interface LoadGenerator extends AutoCloseable {

    /** Load that is not measured: the server's JIT, pools and caches warm up. */
    void warmUp(Requests requests, int connections, Duration duration) throws InterruptedException;

    /** The highest rate the target sustains with {@code connections} requests outstanding at all times. */
    PeakResult peak(Requests requests, int connections, Duration duration) throws InterruptedException;

    /** Unmeasured load at a fixed arrival rate. */
    void warmUpAtRate(Requests requests, double perSecond, Duration duration) throws InterruptedException;

    /** An open model: requests start at {@code perSecond} whatever the answers do, each timed from its start. */
    LoadResult run(Requests requests, double perSecond, Duration duration) throws InterruptedException;

    @Override
    void close();
}

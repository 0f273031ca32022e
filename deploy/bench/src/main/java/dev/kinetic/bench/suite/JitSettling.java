package dev.kinetic.bench.suite;

import java.time.Duration;

/**
 * When a scenario's warm-up may end: after at least one slice, once its service's JIT compiler threads used less than
 * {@code settledCores} of a core during the last slice, or at {@code limit} whatever they do. On two cores plan-service's
 * compiler threads used 23–58% of a core for about 100 s of plan creation: ten seconds of warm-up measured the
 * compiler as much as the service.
 */
record JitSettling(double settledCores, Duration limit) {

    /** Less than a tenth of a core compiling: what is left is the occasional recompilation of a service at work. */
    static final double SETTLED_CORES = 0.1;

    /**
     * Whether to warm up for another slice, having warmed up for {@code spent}; {@code compilingCores} is the compiler
     * threads' use in the last slice, null where it cannot be observed (then the first slice is the whole warm-up).
     */
    boolean another(Duration spent, Double compilingCores) {
        return compilingCores != null && compilingCores >= settledCores && spent.compareTo(limit) < 0;
    }
}

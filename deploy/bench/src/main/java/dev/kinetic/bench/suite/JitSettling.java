package dev.kinetic.bench.suite;

import java.time.Duration;

/**
 * When a scenario's warm-up may end: after at least one slice, once its service's JIT compiler threads used less than
 * {@code settledCores} of a core during the last slice, or at {@code limit} whatever they do. A service compiles for one
 * to two minutes under load on two cores (much of Quarkus, Hibernate, Jackson and Vert.x reach C2), taking a quarter of
 * the CPU it would serve with: ten seconds of warm-up measured the compiler, not the service.
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

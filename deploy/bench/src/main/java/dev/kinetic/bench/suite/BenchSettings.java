package dev.kinetic.bench.suite;

import java.time.Duration;

/**
 * How big and how long a harness run is. {@link #full()} is the documented benchmark; {@link #quick()} is
 * the short mode the test command runs so the harness cannot rot (seconds, small rates, small data).
 *
 * @param exercises catalog size to reach (seeded exercises plus generated free-exercise-db records)
 * @param articles published articles to reach (sample articles plus generated ones)
 * @param warmup closed-loop load per scenario before anything is measured, and each further slice of it
 * @param warmupLimit the longest a scenario's warm-up goes on while its service's JIT compiler is still busy
 * @param peak duration of each closed-loop peak run
 * @param run duration of each fixed-rate run
 * @param generatorWarmup unrecorded load at the same rate before each fixed-rate run
 * @param connections requests outstanding in a closed-loop peak run
 * @param maxRate fixed rates are half the peak, but never above this (keeps the short mode gentle)
 * @param planTargetRate the fixed rate POST /plans is measured at against its target
 * @param changes catalog and article changes timed for propagation
 * @param kafkaMessages records timed for Kafka's own end-to-end latency
 * @param settle quiet time between runs, so one run's backlog (outbox, garbage collection) does not spill into the next
 * @param webhookRate plan creations per second while webhook delivery latency is measured
 * @param webhookOutage how long the webhook receiver is down in the outage run
 * @param webhookOutageRate plan creations per second during (and just after) the outage
 */
public record BenchSettings(String mode, int exercises, int articles, Duration warmup, Duration warmupLimit, Duration peak,
        Duration run, Duration generatorWarmup, int connections, double maxRate, double planTargetRate, int changes, int kafkaMessages,
        Duration settle, double webhookRate, Duration webhookOutage, double webhookOutageRate) {

    public static BenchSettings full() {
        return new BenchSettings("full", 1_000, 200, Duration.ofSeconds(10), Duration.ofSeconds(150), Duration.ofSeconds(15),
                Duration.ofSeconds(20), Duration.ofSeconds(5), 16, Double.MAX_VALUE, 1_000, 200, 2_000, Duration.ofSeconds(5), 100,
                Duration.ofMinutes(10), 5);
    }

    public static BenchSettings quick() {
        return new BenchSettings("quick", 120, 12, Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ZERO, 2, 20, 20, 5, 50, Duration.ofMillis(200), 10, Duration.ofSeconds(3), 5);
    }

    public static BenchSettings named(String mode) {
        return switch (mode) {
            case "full" -> full();
            case "quick" -> quick();
            default -> throw new IllegalArgumentException("mode is full or quick, not " + mode);
        };
    }

    /** How long to warm each scenario up for: until its service's JIT settles, within {@link #warmupLimit}. */
    JitSettling jitSettling() {
        return new JitSettling(JitSettling.SETTLED_CORES, warmupLimit);
    }

    /** Half the measured peak (the rate the latency targets are read at), within {@link #maxRate}. */
    public double halfOf(double peakPerSecond) {
        return Math.max(1, Math.min(maxRate, Math.floor(peakPerSecond / 2)));
    }
}

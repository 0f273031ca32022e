package dev.kinetic.bench.suite;

import java.util.List;
import java.util.Map;

import dev.kinetic.bench.load.LoadResult;
import dev.kinetic.bench.load.PeakResult;

/** Everything one harness run measured, as written to {@code report.json}. */
public record BenchReport(String mode, String date, Machine machine, BenchSettings settings, Map<String, Long> data,
        List<StartUp> startUp, List<StartUp> restart, List<WarmUp> warmUp, List<Memory> memory, List<Scenario> scenarios, List<Propagation> propagation,
        Webhooks webhooks, KafkaLatency kafka, List<Microbenchmark> microbenchmarks, List<Verdict> verdicts) {

    public record Machine(int cores, long memoryMb, String jdk, String os) {
    }

    /**
     * From process start to ready (each service started alone, PostgreSQL and Kafka already up: in {@code startUp} the
     * first start, on empty databases; in {@code restart} each service stopped and started again after the run, against
     * its data, as a rolling update starts a pod; null in reports written before 2026-12-05 evening); for a service, where
     * the time went: before Quarkus began (the JVM, class loading), Quarkus's own start, and from started to ready.
     * Null where not known (PostgreSQL, Kafka, the suite; reports written before these were measured).
     */
    public record StartUp(String part, long readyMs, Long beforeQuarkusMs, Long quarkusStartMs, Long untilReadyMs) {

        public StartUp(String part, long readyMs) {
            this(part, readyMs, null, null, null);
        }
    }

    /**
     * How long a scenario was warmed up before anything was measured, and how much of a core its service's JIT compiler
     * threads used in the last slice of it (null where not observed: not Linux, or a report written before 2026-12-05).
     */
    public record WarmUp(String scenario, String service, double seconds, Double compilingCores) {
    }

    public record Memory(String service, long afterWarmupMb, long underLoadMaxMb) {
    }

    /**
     * One scenario: its closed-loop peak, its ratio to its service's trivial endpoint measured in the same run,
     * and its fixed-rate runs (half the peak, and for plan creation the target rate). {@code trivialAtHalfPeak}: for a
     * read, its service's trivial endpoint run at the read's half-peak rate right after it (issue 18 judges the read's
     * p99 against that endpoint's at the same rate); null for the rest, and in reports written before it was measured.
     */
    public record Scenario(String name, String service, String request, boolean read, PeakResult peak,
            double ratioToCeiling, List<LoadResult> fixedRate, LoadResult trivialAtHalfPeak) {

        public Scenario(String name, String service, String request, boolean read, PeakResult peak, double ratioToCeiling,
                List<LoadResult> fixedRate) {
            this(name, service, request, read, peak, ratioToCeiling, fixedRate, null);
        }

        public LoadResult atHalfPeak() {
            return fixedRate.get(0);
        }
    }

    public record Propagation(String name, String measuredFrom, String measuredTo, int changes, double p50Ms, double p99Ms,
            double maxMs) {
    }

    /**
     * Webhook deliveries: at {@code offeredPerSecond} plan creations, from each plan event's commit to the receiver
     * having it; and the outage run.
     */
    public record Webhooks(double offeredPerSecond, long plansCreated, long delivered, double p50Ms, double p99Ms, double maxMs,
            WebhookOutage outage) {
    }

    /** The receiver down for {@code downSeconds}: deliveries of the plans created meanwhile (and just after) once it is back. */
    public record WebhookOutage(long downSeconds, long plansCreated, long delivered, long acknowledgedMoreThanOnce,
            double drainedSecondsAfterReturn) {
    }

    /** Kafka's own end-to-end latency on the suite's broker: produce (acks=all) to consume, one record at a time. */
    public record KafkaLatency(String tool, int records, double averageMs, double p50Ms, double p99Ms, double p999Ms) {
    }

    public record Microbenchmark(String benchmark, Map<String, String> params, double score, String unit) {
    }

    public record Verdict(String target, String measured, boolean met) {
    }
}

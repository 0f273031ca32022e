package dev.kinetic.bench.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.kinetic.bench.load.LoadGenerator;
import dev.kinetic.bench.load.LoadGenerators;
import dev.kinetic.local.LocalSuite;
import dev.kinetic.local.LocalSuiteOptions;

/**
 * The webhook measurement of the full benchmark on its own (the same probe, no other scenario before it), for
 * working on deliveries without a 30-minute run:
 * {@code WebhookBenchmark [full|quick] [outage seconds] [plans per second] [warm-up seconds]}. The services start
 * cold here, so the full mode warms up for {@value #COLD_WARM_UP_SECONDS} s at the measured rate (their JIT still
 * compiles for most of a minute, and a cold plan-service at 100 plans/s saturates two cores); in
 * {@code deploy/bench/run} the scenarios before it have warmed them.
 */
public final class WebhookBenchmark {

    static final int COLD_WARM_UP_SECONDS = 60;

    private WebhookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings named = BenchSettings.named(args.length > 0 ? args[0] : "full");
        Duration outage = args.length > 1 ? Duration.ofSeconds(Long.parseLong(args[1])) : named.webhookOutage();
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : named.webhookRate();
        Duration warmUp = args.length > 3 ? Duration.ofSeconds(Long.parseLong(args[3]))
                : "full".equals(named.mode()) ? Duration.ofSeconds(COLD_WARM_UP_SECONDS) : named.warmup();
        BenchSettings settings = new BenchSettings(named.mode(), named.exercises(), named.articles(), warmUp, warmUp,
                named.peak(), named.run(), named.generatorWarmup(), named.connections(), named.maxRate(), named.planTargetRate(),
                named.changes(), named.kafkaMessages(), named.settle(), rate, outage, named.webhookOutageRate());
        Path home = Files.createTempDirectory("kinetic-webhook-bench-");
        LocalSuiteOptions options = LocalSuiteOptions.ephemeral(LocalSuiteOptions.findRoot(Path.of("").toAbsolutePath()), home)
                .withoutQuotas().withoutDemoWebhooks();
        try (LocalSuite suite = LocalSuite.start(options, System.out); LoadGenerator load = LoadGenerators.chosen(Path.of("target/bench-webhooks/gatling"));
                WebhookProbe probe = new WebhookProbe(SuiteBenchmark.urlsOf(suite))) {
            BenchReport.Webhooks w = probe.measure(settings, load, ScenarioPlan.planCreationMinimal(SuiteBenchmark.urlsOf(suite)));
            System.out.printf("latency: %.0f plans/s, %d plans, %d delivered, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    w.offeredPerSecond(), w.plansCreated(), w.delivered(), w.p50Ms(), w.p99Ms(), w.maxMs());
            BenchReport.WebhookOutage o = w.outage();
            System.out.printf("outage: down %d s, %d plans, %d delivered, %.1f s after return, %d acknowledged twice%n",
                    o.downSeconds(), o.plansCreated(), o.delivered(), o.drainedSecondsAfterReturn(), o.acknowledgedMoreThanOnce());
        }
        System.exit(0);
    }
}

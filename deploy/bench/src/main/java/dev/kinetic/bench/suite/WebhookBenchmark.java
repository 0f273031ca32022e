package dev.kinetic.bench.suite;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.kinetic.bench.load.OpenModelLoad;
import dev.kinetic.local.LocalSuite;
import dev.kinetic.local.LocalSuiteOptions;

/**
 * The webhook measurement of the full benchmark on its own (the same probe and settings, no other scenario before
 * it), for working on deliveries without a 30-minute run: {@code WebhookBenchmark [full|quick] [outage seconds] [plans per second]}.
 */
public final class WebhookBenchmark {

    private WebhookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings named = BenchSettings.named(args.length > 0 ? args[0] : "full");
        // A second argument shortens the outage (seconds), for a quick look at the latency while working on it.
        BenchSettings settings = args.length > 1 ? new BenchSettings(named.mode(), named.exercises(), named.articles(), named.warmup(),
                named.peak(), named.run(), named.generatorWarmup(), named.connections(), named.maxRate(), named.planTargetRate(),
                named.changes(), named.kafkaMessages(), named.settle(), args.length > 2 ? Double.parseDouble(args[2]) : named.webhookRate(),
                java.time.Duration.ofSeconds(Long.parseLong(args[1])), named.webhookOutageRate()) : named;
        Path home = Files.createTempDirectory("kinetic-webhook-bench-");
        LocalSuiteOptions options = LocalSuiteOptions.ephemeral(LocalSuiteOptions.findRoot(Path.of("").toAbsolutePath()), home)
                .withoutQuotas().withoutDemoWebhooks();
        try (LocalSuite suite = LocalSuite.start(options, System.out); OpenModelLoad load = new OpenModelLoad();
                WebhookProbe probe = new WebhookProbe(SuiteBenchmark.urlsOf(suite))) {
            BenchReport.Webhooks w = probe.measure(settings, load, ScenarioPlan.planCreation(SuiteBenchmark.urlsOf(suite)));
            System.out.printf("latency: %.0f plans/s, %d plans, %d delivered, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    w.offeredPerSecond(), w.plansCreated(), w.delivered(), w.p50Ms(), w.p99Ms(), w.maxMs());
            BenchReport.WebhookOutage o = w.outage();
            System.out.printf("outage: down %d s, %d plans, %d delivered, %.1f s after return, %d acknowledged twice%n",
                    o.downSeconds(), o.plansCreated(), o.delivered(), o.drainedSecondsAfterReturn(), o.acknowledgedMoreThanOnce());
        }
        System.exit(0);
    }
}

package dev.kinetic.bench.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.kinetic.bench.load.LoadResult;
import dev.kinetic.bench.load.LoadGenerators;
import dev.kinetic.bench.load.LoadGenerator;
import dev.kinetic.bench.load.PeakResult;
import dev.kinetic.bench.suite.ScenarioPlan.Step;
import dev.kinetic.local.LocalSuite;
import dev.kinetic.local.LocalSuiteOptions;

/**
 * Some scenarios of the full benchmark on their own, for working on one path without a 30-minute run: the
 * same suite, data and requests, a warm-up long enough for a cold JIT, then the full run's measurement of a
 * scenario (the closed-loop peak, half of it, and any further fixed rates given):
 * {@code ScenarioBenchmark <scenario,scenario…> [warm-up seconds] [rate/s …]}.
 * It prints the pids of the services, so a profiler can be attached during the warm-up.
 */
public final class ScenarioBenchmark {

    /** Where Gatling's report of each measured run is kept. */
    private static final Path REPORTS = Path.of("target/bench-scenarios/gatling");

    private ScenarioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: ScenarioBenchmark <scenario,scenario...> [warm-up s] [rate/s ...]");
        }
        Set<String> names = Set.of(args[0].split(","));
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : WebhookBenchmark.COLD_WARM_UP_SECONDS);
        List<Double> rates = Arrays.stream(args).skip(2).map(Double::parseDouble).toList();
        BenchSettings settings = BenchSettings.full();
        Path home = Files.createTempDirectory("kinetic-scenario-bench-");
        LocalSuiteOptions options = LocalSuiteOptions.ephemeral(LocalSuiteOptions.findRoot(Path.of("").toAbsolutePath()), home)
                .withoutQuotas().withoutDemoWebhooks();
        SuiteBenchmark.trainStartUpCaches(options);
        try (LocalSuite suite = LocalSuite.start(options, System.out); LoadGenerator load = LoadGenerators.chosen(REPORTS)) {
            suite.services().forEach(s -> System.out.println("pid " + s.name() + " " + suite.pid(s.name())));
            SuiteUrls urls = SuiteBenchmark.urlsOf(suite);
            BenchData data = new BenchData(urls);
            data.load(settings);
            List<Step> ceilings = ScenarioPlan.ceilings(urls);
            List<Step> steps = Stream.of(ceilings, ScenarioPlan.reads(urls, data), ScenarioPlan.writes(urls, data))
                    .flatMap(List::stream).filter(s -> names.contains(s.name())).toList();
            if (steps.size() != names.size()) {
                throw new IllegalArgumentException("unknown scenario among " + names);
            }
            Map<String, Long> pids = new LinkedHashMap<>();
            suite.services().forEach(s -> pids.put(s.name(), suite.pid(s.name())));
            try (ResidentMemory rss = new ResidentMemory(pids)) {
                rss.startSampling();
                measure(load, settings, steps, ceilings, warmUp, rates, rss);
                pids.keySet().forEach(service -> System.out.printf(Locale.ROOT, "resident %s at the end: %d MB, %d MB at most%n",
                        service, rss.now(service), rss.highest(service)));
            }
        }
        System.out.println("Gatling's reports: " + REPORTS.toAbsolutePath());
        System.exit(0);
    }

    private static void measure(LoadGenerator load, BenchSettings settings, List<Step> steps, List<Step> ceilings,
            Duration warmUp, List<Double> rates, ResidentMemory rss) throws InterruptedException {
        for (Step step : steps) {
            load.warmUp(step.requests(), settings.connections(), warmUp);
            rss.forEach((service, megabytes) -> System.out.printf(Locale.ROOT, "resident %s after %s's warm-up: %d MB%n",
                    service, step.name(), megabytes));
            BenchReport.Scenario measured = SuiteBenchmark.scenario(load, settings, step, 1.0, rates,
                    step.read() ? SuiteBenchmark.trivialOf(ceilings, step) : null);
            PeakResult peak = measured.peak();
            System.out.printf(Locale.ROOT, "%s: peak %.0f/s (%d failed)%n", step.name(), peak.perSecond(), peak.failed());
            for (LoadResult r : measured.fixedRate()) {
                System.out.printf(Locale.ROOT, "%s at %.0f/s: achieved %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
                        + "%d failed, %d dropped%n", step.name(), r.offeredPerSecond(), r.achievedPerSecond(), r.p50Ms(), r.p99Ms(),
                        r.maxMs(), r.failed(), r.dropped());
            }
            LoadResult trivial = measured.trivialAtHalfPeak();
            if (trivial != null) {
                System.out.printf(Locale.ROOT, "%s's trivial endpoint at %.0f/s: p99 %.1f ms, %d failed, %d dropped%n", step.service(),
                        trivial.offeredPerSecond(), trivial.p99Ms(), trivial.failed(), trivial.dropped());
            }
        }
    }
}

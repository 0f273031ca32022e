package dev.kinetic.bench.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Map;
import java.util.stream.Stream;

import dev.kinetic.bench.load.LoadResult;
import dev.kinetic.bench.load.LoadGenerators;
import dev.kinetic.bench.load.LoadGenerator;
import dev.kinetic.bench.load.PeakResult;
import dev.kinetic.bench.suite.BenchReport.Memory;
import dev.kinetic.bench.suite.BenchReport.Propagation;
import dev.kinetic.bench.suite.BenchReport.Scenario;
import dev.kinetic.bench.suite.BenchReport.StartUp;
import dev.kinetic.bench.suite.BenchReport.WarmUp;
import dev.kinetic.bench.suite.ScenarioPlan.Step;
import dev.kinetic.local.LocalSuite;
import dev.kinetic.local.LocalSuiteOptions;
import dev.kinetic.local.ServiceSpec;
import dev.kinetic.local.StartUpSteps;

/**
 * The benchmark harness, end to end: starts the local suite (each service alone, timed from process
 * start to ready), loads benchmark-size data, warms every scenario up until its service's JIT compiler settles,
 * measures Kafka's own latency and each service's trivial endpoint as ceilings, then every scenario's closed-loop peak and its open-model
 * latency at half that peak (plan creation also at its 1,000/s target), times change propagation into
 * plan-service, samples resident memory, stops everything and writes the report.
 *
 * <pre>SuiteBenchmark [--mode full|quick] [--out target/bench] [--microbenchmarks target/bench/jmh.json]</pre>
 */
public final class SuiteBenchmark {

    private final BenchSettings settings;
    private final LoadGenerator load;

    private SuiteBenchmark(BenchSettings settings, Path gatlingReports) {
        this.settings = settings;
        this.load = LoadGenerators.chosen(gatlingReports);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        BenchSettings settings = BenchSettings.named(options.getOrDefault("mode", "full"));
        Path out = Path.of(options.getOrDefault("out", "target/bench"));
        Path jmh = Path.of(options.getOrDefault("microbenchmarks", out.resolve("jmh.json").toString()));
        BenchReport report = run(settings, jmh, out.resolve("gatling"));
        ReportWriter.write(report, out);
        System.out.println(ReportWriter.markdown(report));
        System.out.println("Report: " + out.resolve("report.json") + ", " + out.resolve("report.html") + "; Gatling's: "
                + out.resolve("gatling"));
        System.exit(0);
    }

    /** One whole run on a suite of its own (free ports, data in a temporary directory removed afterwards). */
    public static BenchReport run(BenchSettings settings, Path microbenchmarks, Path gatlingReports) throws Exception {
        Path home = Files.createTempDirectory("kinetic-bench-");
        Path root = LocalSuiteOptions.findRoot(Path.of("").toAbsolutePath());
        LocalSuiteOptions options = suiteIn(root, home);
        trainStartUpCaches(options);
        SuiteBenchmark benchmark = new SuiteBenchmark(settings, gatlingReports);
        BenchReport report;
        try (LocalSuite suite = LocalSuite.start(options, System.out)) {
            report = benchmark.measure(suite, home, microbenchmarks);
        } catch (Exception | Error e) {
            System.err.println("The benchmark failed; its data and service logs are kept in " + home);
            throw e;
        } finally {
            benchmark.load.close();
        }
        deleteTree(home);
        return report;
    }

    /**
     * Trains the services' AOT caches with one start and stop first, where the JDK would otherwise train them on the
     * measured run: start-up and load are measured as a deployment runs, with the caches its image was built with,
     * not in the JVM's recording mode (slower, and holding its training data).
     */
    static void trainStartUpCaches(LocalSuiteOptions options) throws Exception {
        if (!LocalSuite.trainsStartUpCaches(options)) {
            return;
        }
        log("Training the services' AOT caches (JDK " + Runtime.version().feature() + "): one start and stop first");
        Path training = Files.createTempDirectory("kinetic-bench-training-");
        try (LocalSuite suite = LocalSuite.start(suiteIn(options.root(), training), System.out)) {
            log("Trained; stopping writes the caches");
        }
        deleteTree(training);
    }

    private BenchReport measure(LocalSuite suite, Path home, Path microbenchmarks) throws Exception {
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<StartUp> startUp = new ArrayList<>();
        Map<String, StartUpSteps> steps = suite.startUpSteps();
        suite.timings().forEach((part, took) -> startUp.add(startUp(part, took, Optional.ofNullable(steps.get(part)))));
        SuiteUrls urls = urlsOf(suite);
        Map<String, Long> pids = new LinkedHashMap<>();
        suite.services().forEach(s -> pids.put(s.name(), suite.pid(s.name())));

        log("Loading benchmark data: " + settings.exercises() + " exercises, " + settings.articles() + " articles");
        BenchData data = new BenchData(urls);
        data.load(settings);
        List<BenchData.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < settings.changes(); i++) {
            drafts.add(data.ingest(1_000 + i));
        }

        List<Step> ceilings = ScenarioPlan.ceilings(urls);
        List<Step> reads = ScenarioPlan.reads(urls, data);
        List<Step> writes = ScenarioPlan.writes(urls, data);
        log(String.format(Locale.ROOT, "Warming up every scenario in slices of %.1f s until its service's JIT compiler settles, "
                + "for at most %.1f s", settings.warmup().toMillis() / 1e3, settings.warmupLimit().toMillis() / 1e3));
        List<WarmUp> warmUps = new ArrayList<>();
        for (Step step : concat(ceilings, reads, writes)) {
            warmUps.add(warmUp(step, pids.get(step.service())));
        }
        settle();

        List<Memory> memory = new ArrayList<>();
        BenchReport.KafkaLatency kafka;
        List<Propagation> propagation = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        try (ResidentMemory rss = new ResidentMemory(pids)) {
            Map<String, Long> afterWarmup = new LinkedHashMap<>();
            pids.keySet().forEach(service -> afterWarmup.put(service, rss.now(service)));

            log("Kafka's end-to-end latency on the suite's broker, " + settings.kafkaMessages() + " records");
            kafka = KafkaEndToEnd.measure(suite.kafkaBootstrapServers(), settings.kafkaMessages(), home);
            log("Change propagation into plan-service, " + settings.changes() + " changes each");
            PropagationProbe probe = new PropagationProbe(urls);
            propagation.add(probe.exerciseToPlan(settings.changes()));
            propagation.add(probe.articleToPlan(drafts));

            rss.startSampling();
            Map<String, Double> ceilingOf = new LinkedHashMap<>();
            for (Step step : ceilings) {
                Scenario measured = scenario(step, 1.0, List.of());
                ceilingOf.put(step.service(), measured.peak().perSecond());
                scenarios.add(measured);
            }
            for (Step step : reads) {
                scenarios.add(scenario(load, settings, step, ceilingOf.get(step.service()), List.of(), trivialOf(ceilings, step)));
            }
            for (Step step : writes) {
                List<Double> extraRates = step.name().startsWith("plan-creation") ? List.of(settings.planTargetRate()) : List.of();
                scenarios.add(scenario(step, ceilingOf.get(step.service()), extraRates));
            }
            pids.keySet().forEach(service -> memory.add(new Memory(service, afterWarmup.get(service), rss.highest(service))));
        }
        // Last: the subscription it makes would otherwise add webhook deliveries to the plan-creation scenarios.
        log("Webhook deliveries at " + settings.webhookRate() + " plans/s, then a receiver outage of "
                + settings.webhookOutage().toSeconds() + " s");
        BenchReport.Webhooks webhooks;
        try (WebhookProbe probe = new WebhookProbe(urls)) {
            webhooks = probe.measure(settings, load, ScenarioPlan.planCreationMinimal(urls));
        }
        data.facts().put("plansStored", Http.getJson(urls.plans() + "/api/v1/plans?size=1", urls.partner()).path("total").asLong());
        List<StartUp> restart = restartEach(suite);
        return new BenchReport(settings.mode(), date, Machines.current(), settings, data.facts(), startUp, restart, warmUps, memory,
                scenarios, propagation, webhooks, kafka, Microbenchmarks.read(microbenchmarks),
                Targets.judge(scenarios, propagation, webhooks, startUp, restart, memory));
    }

    /** Each service stopped and started again alone, against the data the run left, as a rolling update starts a pod. */
    private static List<StartUp> restartEach(LocalSuite suite) {
        List<StartUp> restart = new ArrayList<>();
        for (ServiceSpec service : suite.services()) {
            log("Starting " + service.name() + " again");
            LocalSuite.Restart again = suite.restart(service.name());
            restart.add(startUp(service.name(), again.took(), again.steps()));
        }
        return restart;
    }

    private static StartUp startUp(String part, Duration took, Optional<StartUpSteps> steps) {
        return steps.map(step -> new StartUp(part, took.toMillis(), step.beforeQuarkus().toMillis(), step.quarkusStart().toMillis(),
                step.untilReady().toMillis())).orElseGet(() -> new StartUp(part, took.toMillis()));
    }

    /** Closed-loop load in slices until the service's JIT compiler threads are nearly idle (see {@link JitSettling}). */
    private WarmUp warmUp(Step step, long pid) throws InterruptedException {
        JitSettling settling = settings.jitSettling();
        Duration spent = Duration.ZERO;
        Double compilingCores;
        do {
            OptionalLong before = CompilerThreads.ticks(pid);
            long started = System.nanoTime();
            load.warmUp(step.requests(), settings.connections(), settings.warmup());
            Duration slice = Duration.ofNanos(System.nanoTime() - started);
            spent = spent.plus(slice);
            OptionalLong after = CompilerThreads.ticks(pid);
            compilingCores = before.isPresent() && after.isPresent()
                    ? (after.getAsLong() - before.getAsLong()) / CompilerThreads.TICKS_PER_SECOND / (slice.toNanos() / 1e9)
                    : null;
        } while (settling.another(spent, compilingCores));
        log(String.format(Locale.ROOT, "%s warmed up for %.1f s%s", step.name(), spent.toMillis() / 1e3,
                compilingCores == null ? "" : String.format(Locale.ROOT, "; JIT compiler %.2f cores in the last slice", compilingCores)));
        return new WarmUp(step.name(), step.service(), spent.toMillis() / 1e3, compilingCores);
    }

    private Scenario scenario(Step step, double ceiling, List<Double> extraRates) throws InterruptedException {
        return scenario(load, settings, step, ceiling, extraRates);
    }

    /** Peak (closed loop), then the open-model rate at half of it, then any further fixed rates. */
    static Scenario scenario(LoadGenerator load, BenchSettings settings, Step step, double ceiling, List<Double> extraRates)
            throws InterruptedException {
        return scenario(load, settings, step, ceiling, extraRates, null);
    }

    /** The trivial endpoint of {@code read}'s service, among {@code ceilings}. */
    static Step trivialOf(List<Step> ceilings, Step read) {
        return ceilings.stream().filter(c -> c.service().equals(read.service())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no trivial endpoint for " + read.service()));
    }

    /**
     * {@link #scenario(LoadGenerator, BenchSettings, Step, double, List)}, then {@code trivial} (when given) at the
     * half-peak rate, right after: the same rate on the same service, so the read's tail is compared with what the
     * framework alone shows at that load (issue 18's latency target), not with the trivial endpoint at its own half peak.
     */
    static Scenario scenario(LoadGenerator load, BenchSettings settings, Step step, double ceiling, List<Double> extraRates,
            Step trivial) throws InterruptedException {
        log("Measuring " + step.name());
        PeakResult peak = load.peak(step.requests(), settings.connections(), settings.peak());
        List<LoadResult> fixed = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        rates.add(settings.halfOf(peak.perSecond()));
        extraRates.forEach(rate -> rates.add(Math.min(rate, settings.maxRate())));
        for (double rate : rates) {
            fixed.add(atRate(load, settings, step, rate));
        }
        LoadResult trivialAtHalfPeak = trivial != null ? atRate(load, settings, trivial, rates.get(0)) : null;
        double ratio = step.name().endsWith("-trivial") ? 1.0 : peak.perSecond() / ceiling;
        return new Scenario(step.name(), step.service(), step.request(), step.read(), peak, ratio, fixed, trivialAtHalfPeak);
    }

    /** One open-model run of {@code step} at {@code rate}, after the load settles and the generator warms up to it. */
    private static LoadResult atRate(LoadGenerator load, BenchSettings settings, Step step, double rate)
            throws InterruptedException {
        Thread.sleep(settings.settle().toMillis());
        load.warmUpAtRate(step.requests(), rate, settings.generatorWarmup());
        return load.run(step.requests(), rate, settings.run());
    }

    /** The suite a run measures: services started one at a time (each timed alone), no quotas, no demo webhooks. */
    private static LocalSuiteOptions suiteIn(Path root, Path home) {
        return LocalSuiteOptions.ephemeral(root, home).withOneServiceAtATime().withoutQuotas().withoutDemoWebhooks();
    }

    private void settle() throws InterruptedException {
        Thread.sleep(settings.settle().toMillis());
    }

    static SuiteUrls urlsOf(LocalSuite suite) {
        Map<String, ServiceSpec> byName = new LinkedHashMap<>();
        suite.services().forEach(s -> byName.put(s.name(), s));
        Map<String, String> tokens = suite.tokens();
        return new SuiteUrls(api(byName.get(ScenarioPlan.EXERCISE)), api(byName.get(ScenarioPlan.CONTENT)),
                api(byName.get(ScenarioPlan.PLAN)), "http://127.0.0.1:" + byName.get(ScenarioPlan.PLAN).managementPort(),
                tokens.get("editor"), tokens.get("partner"));
    }

    private static String api(ServiceSpec spec) {
        return "http://127.0.0.1:" + spec.httpPort();
    }

    @SafeVarargs
    private static List<Step> concat(List<Step>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    private static void log(String message) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

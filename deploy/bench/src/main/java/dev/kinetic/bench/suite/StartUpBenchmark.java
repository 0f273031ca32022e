package dev.kinetic.bench.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.kinetic.local.LocalSuite;
import dev.kinetic.local.LocalSuiteOptions;
import dev.kinetic.local.ServiceSpec;
import dev.kinetic.local.StartUpSteps;

/**
 * The full run's start-up measurement on its own, repeated, for working on start-up without a 40-minute run: a suite
 * holding the full run's data, then each named service stopped and started again alone, round after round, as a rolling
 * update starts a pod: {@code StartUpBenchmark [rounds] [service,service…]}. Each start again is printed with its steps
 * ({@link StartUpSteps}) and the CPU its process had used when ready (among one sitting's starts steadier than the
 * time to ready), then each service's medians. {@code KINETIC_JVM_OPTIONS} reaches the restarted services (say
 * {@code -Dquarkus.debug.print-startup-times=true}, whose table lands in the service's log, kept in the printed
 * directory).
 */
public final class StartUpBenchmark {

    private StartUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path home = Files.createTempDirectory("kinetic-start-up-bench-");
        LocalSuiteOptions options = LocalSuiteOptions.ephemeral(LocalSuiteOptions.findRoot(Path.of("").toAbsolutePath()), home)
                .withoutQuotas().withoutDemoWebhooks();
        SuiteBenchmark.trainStartUpCaches(options);
        Map<String, List<LocalSuite.Restart>> restarts = new LinkedHashMap<>();
        try (LocalSuite suite = LocalSuite.start(options, System.out)) {
            List<String> services = args.length > 1 ? Arrays.asList(args[1].split(","))
                    : suite.services().stream().map(ServiceSpec::name).toList();
            new BenchData(SuiteBenchmark.urlsOf(suite)).load(BenchSettings.full());
            for (int round = 1; round <= rounds; round++) {
                for (String service : services) {
                    LocalSuite.Restart again = suite.restart(service);
                    restarts.computeIfAbsent(service, s -> new ArrayList<>()).add(again);
                    System.out.printf(Locale.ROOT, "round %d %s: ready in %d ms%s%s%n", round, service, again.took().toMillis(),
                            again.steps().map(StartUpBenchmark::steps).orElse(""),
                            again.cpu().map(cpu -> ", CPU " + cpu.toMillis() + " ms").orElse(""));
                }
            }
        }
        restarts.forEach((service, each) -> System.out.printf(Locale.ROOT, "%s: median ready %d ms over %d starts again%s%s%n",
                service, median(each.stream().map(r -> r.took().toMillis()).toList()), each.size(),
                each.stream().allMatch(r -> r.steps().isPresent()) ? medianSteps(each) : "",
                each.stream().allMatch(r -> r.cpu().isPresent())
                        ? ", median CPU " + median(each.stream().map(r -> r.cpu().orElseThrow().toMillis()).toList()) + " ms" : ""));
        System.out.println("Service logs: " + home.resolve("logs"));
        System.exit(0);
    }

    private static String steps(StartUpSteps steps) {
        return String.format(Locale.ROOT, " (before Quarkus %d + Quarkus's start %d + until ready %d)",
                steps.beforeQuarkus().toMillis(), steps.quarkusStart().toMillis(), steps.untilReady().toMillis());
    }

    private static String medianSteps(List<LocalSuite.Restart> each) {
        List<StartUpSteps> steps = each.stream().map(r -> r.steps().orElseThrow()).toList();
        return String.format(Locale.ROOT, " (medians: before Quarkus %d, Quarkus's start %d, until ready %d)",
                median(steps.stream().map(s -> s.beforeQuarkus().toMillis()).toList()),
                median(steps.stream().map(s -> s.quarkusStart().toMillis()).toList()),
                median(steps.stream().map(s -> s.untilReady().toMillis()).toList()));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}

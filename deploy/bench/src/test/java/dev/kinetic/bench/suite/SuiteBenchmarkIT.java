package dev.kinetic.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kinetic.bench.load.LoadResult;
import dev.kinetic.bench.suite.BenchReport.Scenario;

/**
 * The whole harness in its quick mode (small data, one-second runs, 20 requests/s) against the real
 * suite — packaged services, embedded PostgreSQL and Kafka — so the benchmark cannot rot between full
 * runs: every scenario answers without errors, every measurement is taken, and the report is written.
 */
class SuiteBenchmarkIT {

    private static final Path OUT = Path.of("target/bench-quick");
    private static BenchReport report;

    @BeforeAll
    static void runTheHarnessQuickly() throws Exception {
        // The quick run goes through Gatling, so that path cannot rot; the Vert.x generator has its own contract test.
        System.setProperty(dev.kinetic.bench.load.LoadGenerators.PROPERTY, "gatling");
        report = SuiteBenchmark.run(BenchSettings.quick(), OUT.resolve("no-jmh.json"), OUT.resolve("gatling"));
        ReportWriter.write(report, OUT);
    }

    @Test
    void measuresEveryScenarioWithoutErrors() {
        assertThat(report.scenarios()).extracting(Scenario::name).containsExactly("exercise-trivial", "content-trivial",
                "plan-trivial", "exercise-by-slug", "exercise-filtered-list", "exercise-search", "article-by-slug",
                "article-search", "plan-read", "article-ingestion", "plan-creation", "plan-creation-minimal");
        for (Scenario s : report.scenarios()) {
            assertThat(s.peak().perSecond()).as(s.name()).isPositive();
            assertThat(s.peak().failed()).as(s.name() + " failures at peak").isZero();
            assertThat(s.ratioToCeiling()).as(s.name()).isPositive();
            for (LoadResult run : s.fixedRate()) {
                assertThat(run.failed() + run.dropped()).as(s.name() + " errors").isZero();
                assertThat(run.succeeded()).as(s.name()).isEqualTo(run.due());
                assertThat(run.p99Ms()).as(s.name()).isGreaterThanOrEqualTo(run.p50Ms()).isPositive();
            }
        }
        assertThat(report.scenarios()).filteredOn(s -> s.name().startsWith("plan-creation")).allSatisfy(s -> assertThat(
                s.fixedRate()).as(s.name() + " at half peak and at target").hasSize(2));
    }

    @Test
    void runsEachReadsTrivialEndpointAtTheReadsHalfPeakRate() {
        assertThat(report.scenarios()).filteredOn(Scenario::read).hasSize(6).allSatisfy(s -> {
            LoadResult trivial = s.trivialAtHalfPeak();
            assertThat(trivial).as(s.name()).isNotNull();
            assertThat(trivial.offeredPerSecond()).as(s.name()).isEqualTo(s.atHalfPeak().offeredPerSecond());
            assertThat(trivial.succeeded()).as(s.name()).isEqualTo(trivial.due()).isPositive();
        });
        assertThat(report.scenarios()).filteredOn(s -> !s.read()).allSatisfy(s -> assertThat(s.trivialAtHalfPeak()).as(s.name()).isNull());
        assertThat(report.verdicts()).filteredOn(v -> v.target().contains("trivial endpoint's at the same rate")).hasSize(6)
                .allSatisfy(v -> assertThat(v.measured()).contains(" ms against "));
    }

    @Test
    void warmsEveryScenarioUpAndObservesItsServicesCompiler() {
        assertThat(report.warmUp()).extracting(BenchReport.WarmUp::scenario)
                .containsExactlyElementsOf(report.scenarios().stream().map(Scenario::name).toList());
        // The quick mode's limit is one slice; on Linux the compiler threads are read for it, busy as they are so early.
        assertThat(report.warmUp()).allSatisfy(w -> {
            assertThat(w.seconds()).as(w.scenario()).isPositive().isLessThan(5);
            assertThat(w.compilingCores()).as(w.scenario()).isNotNull().isNotNegative();
        });
        assertThat(report.warmUp()).anySatisfy(w -> assertThat(w.compilingCores()).isPositive());
    }

    @Test
    void deliversEveryWebhookOnceAlsoAfterAnOutage() {
        BenchReport.Webhooks webhooks = report.webhooks();
        assertThat(webhooks.plansCreated()).isPositive();
        assertThat(webhooks.delivered()).isEqualTo(webhooks.plansCreated());
        assertThat(webhooks.p99Ms()).isPositive().isGreaterThanOrEqualTo(webhooks.p50Ms());
        assertThat(webhooks.outage().delivered()).isEqualTo(webhooks.outage().plansCreated()).isPositive();
        assertThat(webhooks.outage().acknowledgedMoreThanOnce()).isZero();
    }

    @Test
    void loadsTheDataAndTimesPropagationKafkaStartUpAndMemory() {
        assertThat(report.data().get("exercises")).isGreaterThanOrEqualTo(BenchSettings.quick().exercises());
        assertThat(report.data().get("articlesPublished")).isGreaterThanOrEqualTo(BenchSettings.quick().articles());
        assertThat(report.propagation()).extracting(BenchReport.Propagation::name).containsExactly("exercise-to-plan", "article-to-plan");
        report.propagation().forEach(p -> {
            assertThat(p.changes()).isEqualTo(BenchSettings.quick().changes());
            assertThat(p.p50Ms()).isPositive().isLessThanOrEqualTo(p.p99Ms());
        });
        assertThat(report.kafka().records()).isEqualTo(BenchSettings.quick().kafkaMessages());
        assertThat(report.kafka().p99Ms()).isGreaterThanOrEqualTo(report.kafka().p50Ms());
        assertThat(report.startUp()).extracting(BenchReport.StartUp::part)
                .contains("exercise-service", "content-service", "plan-service");
        assertThat(report.startUp()).allMatch(s -> s.readyMs() > 0);
        assertThat(report.startUp()).filteredOn(s -> s.part().endsWith("-service")).hasSize(3).allSatisfy(s -> {
            assertThat(s.quarkusStartMs()).as("%s: Quarkus's own start, from its log", s.part()).isPositive();
            assertThat(s.beforeQuarkusMs() + s.quarkusStartMs() + s.untilReadyMs()).as(s.part()).isBetween(s.readyMs() - 3, s.readyMs() + 3);
        });
        assertThat(report.restart()).as("each service started again after the run").extracting(BenchReport.StartUp::part)
                .containsExactly("exercise-service", "content-service", "plan-service");
        assertThat(report.restart()).allSatisfy(s -> {
            assertThat(s.quarkusStartMs()).as("%s: Quarkus's own start, from the restarted process's log", s.part()).isPositive();
            assertThat(s.beforeQuarkusMs() + s.quarkusStartMs() + s.untilReadyMs()).as(s.part()).isBetween(s.readyMs() - 3, s.readyMs() + 3);
        });
        assertThat(report.verdicts()).filteredOn(v -> v.target().contains(": ready in")).hasSize(3)
                .allMatch(v -> v.target().endsWith("started again"));
        assertThat(report.memory()).hasSize(3).allMatch(m -> m.afterWarmupMb() > 0 && m.underLoadMaxMb() > 0);
        assertThat(report.verdicts()).isNotEmpty();
    }

    @Test
    void writesTheReportAsJsonMarkdownAndHtml() throws Exception {
        JsonNode json = Http.JSON.readTree(OUT.resolve("report.json").toFile());
        assertThat(json.path("mode").asText()).isEqualTo("quick");
        assertThat(json.path("scenarios")).hasSize(report.scenarios().size());
        assertThat(json.path("machine").path("cores").asInt()).isPositive();
        String markdown = Files.readString(OUT.resolve("report.md"));
        for (String table : List.of("## Scenarios", "## Event propagation", "## Start-up", "## Resident memory", "## Targets")) {
            assertThat(markdown).contains(table);
        }
        assertThat(markdown).contains("| trivial p99 ms, same rate |");
        assertThat(Files.readString(OUT.resolve("report.html"))).contains("<table>").contains("plan-creation");
        assertThat(ReportWriter.read(OUT)).as("the report reads back as written, so it can be judged again").isEqualTo(report);
        assertThat(OUT.resolve("gatling/plan-creation-peak/index.html")).as("Gatling's report of a measured run").exists();
    }
}

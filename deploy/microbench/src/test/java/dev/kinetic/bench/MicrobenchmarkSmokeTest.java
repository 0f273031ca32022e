package dev.kinetic.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import dev.kinetic.plan.domain.Plan;
import dev.kinetic.plan.domain.PlanGenerator;

/**
 * Runs every microbenchmark briefly in the test JVM, so the harness cannot rot between full runs
 * (deploy/bench/microbench.sh). The figures of this short run mean nothing and are not asserted.
 */
class MicrobenchmarkSmokeTest {

    @Test
    void theBenchmarkCatalogGivesTheSeedCaseAFullPlan() {
        Plan plan = new PlanGenerator().generate(BenchCatalog.seedRequest(4), BenchCatalog.of(1000, 42));
        assertThat(plan.weeks()).hasSize(4);
        assertThat(plan.weeks().get(0).sessions()).allSatisfy(s -> assertThat(s.items()).hasSizeGreaterThanOrEqualTo(4));
    }

    @Test
    void theIngestionBenchmarkLinksTheSamplesExercises() {
        var ingestion = new dev.kinetic.content.domain.ArticleIngestor().ingest(
                dev.kinetic.content.application.RawText.read(ArticleIngestionBenchmark.sample(), dev.kinetic.content.application.RawText.MARKDOWN),
                "en", ArticleIngestionBenchmark.vocabulary(1000));
        assertThat(ingestion.toString()).contains("glute-bridge").contains("clamshell");
    }

    @Test
    void theSearchBenchmarkAsksQueriesTheIndexAnswers() {
        var search = new dev.kinetic.exercise.domain.ExerciseSearch(ExerciseSearchBenchmark.catalog(1000));
        List<String> queries = ExerciseSearchBenchmark.queries(1000, 20261207);
        assertThat(queries).doesNotHaveDuplicates().hasSize(1000);
        // Most find something (815 of 1,000 on 2026-12-07), some nothing: the benchmark times both kinds.
        assertThat(queries.stream().filter(q -> !search.search(q, 10).isEmpty()).count()).isBetween(500L, 990L);
    }

    @Test
    void everyBenchmarkRunsAndReportsAScore() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(PlanGenerationBenchmark.class.getSimpleName())
                .include(PlanDocumentBenchmark.class.getSimpleName())
                .include(ArticleIngestionBenchmark.class.getSimpleName())
                .include(ExerciseSearchBenchmark.class.getSimpleName())
                .param("weeks", "4")
                .forks(0)
                .warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                .measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build()).run();
        assertThat(results).hasSize(7).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}

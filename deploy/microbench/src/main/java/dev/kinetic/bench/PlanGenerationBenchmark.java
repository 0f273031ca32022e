package dev.kinetic.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.kinetic.plan.domain.CatalogExercise;
import dev.kinetic.plan.domain.Plan;
import dev.kinetic.plan.domain.PlanCatalog;
import dev.kinetic.plan.domain.PlanGenerator;
import dev.kinetic.plan.domain.PlanRequest;
import dev.kinetic.plan.domain.RedFlagScreen;
import dev.kinetic.plan.domain.ScreeningAnswers;

/** Plan generation alone (screening and generation, no I/O) against a 1,000-exercise catalog. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanGenerationBenchmark {

    @Param({ "1000" })
    public int catalogSize;

    @Param({ "4", "12" })
    public int weeks;

    private List<CatalogExercise> catalog;
    /** Arranged once, as plan-service does per catalog version. */
    private PlanCatalog arranged;
    private PlanRequest request;
    private final PlanGenerator generator = new PlanGenerator();
    private final RedFlagScreen screen = new RedFlagScreen();

    @Setup
    public void setUp() {
        catalog = BenchCatalog.of(catalogSize, 42);
        arranged = PlanCatalog.of(catalog);
        request = BenchCatalog.seedRequest(weeks);
    }

    @Benchmark
    public Plan screenAndGenerate() {
        if (screen.screen(ScreeningAnswers.clear(34, request.currentPain())) instanceof RedFlagScreen.Referral) {
            throw new IllegalStateException("the seed case has no red flag");
        }
        return generator.generate(request, arranged);
    }
}

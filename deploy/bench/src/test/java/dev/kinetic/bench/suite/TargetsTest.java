package dev.kinetic.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kinetic.bench.load.LoadResult;
import dev.kinetic.bench.load.PeakResult;
import dev.kinetic.bench.suite.BenchReport.Memory;
import dev.kinetic.bench.suite.BenchReport.Propagation;
import dev.kinetic.bench.suite.BenchReport.Scenario;
import dev.kinetic.bench.suite.BenchReport.StartUp;
import dev.kinetic.bench.suite.BenchReport.Verdict;

class TargetsTest {

    private static LoadResult run(double offered, double achieved, double p99, long failed, long dropped) {
        return new LoadResult("s", offered, achieved, 100, 100 - failed - dropped, failed, dropped, 1, 2, p99, p99 + 1);
    }

    private static Scenario read(String name, double ratio, LoadResult half) {
        return new Scenario(name, "exercise-service", "GET", true, new PeakResult(name, 16, 1000 * ratio, 0), ratio, List.of(half));
    }

    private static Verdict verdict(List<Verdict> verdicts, String prefix) {
        return verdicts.stream().filter(v -> v.target().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aReadMeetsItsTargetsOnlyWithHalfTheCeilingAndAFastCleanP99() {
        List<Verdict> verdicts = Targets.judge(List.of(
                read("fast", 0.5, run(250, 250, 9.9, 0, 0)),
                read("slow", 0.49, run(245, 245, 10.0, 0, 0)),
                read("failing", 0.9, run(450, 440, 2, 3, 0))), List.of(), null, List.of(), List.of(), List.of());
        assertThat(verdict(verdicts, "fast: peak").met()).isTrue();
        assertThat(verdict(verdicts, "fast: p99").met()).isTrue();
        assertThat(verdict(verdicts, "slow: peak").met()).isFalse();
        assertThat(verdict(verdicts, "slow: p99").met()).isFalse();
        assertThat(verdict(verdicts, "failing: p99").met()).as("errors fail the latency target").isFalse();
        assertThat(verdict(verdicts, "failing: p99").measured()).contains("3 errors");
    }

    @Test
    void aReadsTailIsJudgedAgainstItsServicesTrivialEndpointAtTheSameRate() {
        PeakResult peak = new PeakResult("r", 16, 1000, 0);
        Scenario within = new Scenario("within", "exercise-service", "GET", true, peak, 0.9, List.of(run(500, 500, 6.0, 0, 0)),
                run(500, 500, 4.0, 0, 0));
        Scenario beyond = new Scenario("beyond", "exercise-service", "GET", true, peak, 0.9, List.of(run(500, 500, 6.1, 0, 0)),
                run(500, 500, 4.0, 0, 0));
        Scenario dropping = new Scenario("dropping", "exercise-service", "GET", true, peak, 0.9, List.of(run(500, 490, 2.0, 0, 7)),
                run(500, 500, 4.0, 0, 0));
        Scenario notRun = read("not-run", 0.9, run(500, 500, 1.0, 0, 0));
        List<Verdict> verdicts = Targets.judge(List.of(within, beyond, dropping, notRun), List.of(), null, List.of(), List.of(),
                List.of());
        assertThat(verdict(verdicts, "within: p99 at half of peak within").met()).isTrue();
        assertThat(verdict(verdicts, "within: p99 at half of peak within").measured()).contains("6.0 ms against 4.0 ms at 500/s");
        assertThat(verdict(verdicts, "beyond: p99 at half of peak within").met()).as("over 1.5x").isFalse();
        assertThat(verdict(verdicts, "dropping: p99 at half of peak within").met()).as("dropped requests").isFalse();
        assertThat(verdict(verdicts, "not-run: p99 at half of peak within").met()).as("nothing to compare with").isFalse();
        assertThat(verdict(verdicts, "not-run: p99 at half of peak within").measured()).contains("not run");
    }

    @Test
    void aSearchOnTheRealisticMixNeedsAThirdOfTheCeiling() {
        List<Verdict> verdicts = Targets.judge(List.of(read("article-search", 0.3, run(150, 150, 2, 0, 0)),
                read("exercise-search", 0.29, run(145, 145, 2, 0, 0)), read("article-by-slug", 0.3, run(150, 150, 2, 0, 0))),
                List.of(), null, List.of(), List.of(), List.of());
        assertThat(verdict(verdicts, "article-search: peak").met()).isTrue();
        assertThat(verdict(verdicts, "exercise-search: peak").met()).isFalse();
        assertThat(verdict(verdicts, "article-by-slug: peak").met()).as("a lookup still needs half").isFalse();
    }

    @Test
    void planCreationIsJudgedAtItsTargetRateOnly() {
        Scenario met = new Scenario("plan-creation", "plan-service", "POST", false, new PeakResult("p", 16, 1500, 0), 0.1,
                List.of(run(750, 750, 20, 0, 0), run(1000, 998, 45, 0, 0)));
        Scenario slow = new Scenario("plan-creation", "plan-service", "POST", false, new PeakResult("p", 16, 500, 0), 0.1,
                List.of(run(250, 250, 20, 0, 0), run(1000, 440, 1900, 0, 10_000)));
        Scenario notRun = new Scenario("plan-creation", "plan-service", "POST", false, new PeakResult("p", 16, 500, 0), 0.1,
                List.of(run(20, 20, 5, 0, 0)));
        assertThat(verdict(Targets.judge(List.of(met), List.of(), null, List.of(), List.of(), List.of()), "plan-creation").met()).isTrue();
        Verdict missed = verdict(Targets.judge(List.of(slow), List.of(), null, List.of(), List.of(), List.of()), "plan-creation");
        assertThat(missed.met()).isFalse();
        assertThat(missed.measured()).contains("440/s").contains("10000 errors");
        assertThat(verdict(Targets.judge(List.of(notRun), List.of(), null, List.of(), List.of(), List.of()), "plan-creation").met()).isFalse();
    }

    @Test
    void eachShapeOfPlanCreationHasItsOwnVerdict() {
        Scenario full = new Scenario("plan-creation", "plan-service", "POST", false, new PeakResult("p", 16, 500, 0), 0.1,
                List.of(run(250, 250, 20, 0, 0), run(1000, 440, 1900, 0, 10_000)));
        Scenario minimal = new Scenario("plan-creation-minimal", "plan-service", "POST", false, new PeakResult("p", 16, 1500, 0),
                0.1, List.of(run(750, 750, 20, 0, 0), run(1000, 998, 45, 0, 0)));
        List<Verdict> verdicts = Targets.judge(List.of(full, minimal), List.of(), null, List.of(), List.of(), List.of());
        assertThat(verdict(verdicts, "plan-creation: ").met()).isFalse();
        assertThat(verdict(verdicts, "plan-creation-minimal: ").met()).isTrue();
    }

    @Test
    void propagationStartUpAndMemoryAreJudgedPerService() {
        List<Verdict> verdicts = Targets.judge(List.of(),
                List.of(new Propagation("exercise-to-plan", "a", "b", 200, 20, 999, 1200),
                        new Propagation("article-to-plan", "a", "b", 200, 20, 5000, 6000)), null,
                List.of(new StartUp("kafka", 9000), new StartUp("exercise-service", 2000), new StartUp("plan-service", 2001)), List.of(),
                List.of(new Memory("plan-service", 251, 320), new Memory("exercise-service", 250, 350),
                        new Memory("content-service", 240, 351)));
        assertThat(verdict(verdicts, "catalog change").met()).isTrue();
        assertThat(verdicts).noneMatch(v -> v.target().startsWith("kafka")).noneMatch(v -> v.target().contains("article-to-plan"));
        assertThat(verdict(verdicts, "exercise-service: ready").met()).isTrue();
        assertThat(verdict(verdicts, "plan-service: ready").met()).isFalse();
        assertThat(verdict(verdicts, "plan-service: at most").met()).isFalse();
        assertThat(verdict(verdicts, "exercise-service: at most").met()).isTrue();
        assertThat(verdict(verdicts, "content-service: at most").met()).as("the highest under load counts too").isFalse();
    }

    @Test
    void aServiceStartedAgainIsJudgedWhereItWasMeasuredAndTheFirstStartOnlyShown() {
        List<StartUp> first = List.of(new StartUp("exercise-service", 3500), new StartUp("plan-service", 1900));
        List<StartUp> again = List.of(new StartUp("exercise-service", 1900), new StartUp("plan-service", 2100));
        List<Verdict> verdicts = Targets.judge(List.of(), List.of(), null, first, again, List.of());
        assertThat(verdicts).filteredOn(v -> v.target().contains(": ready in")).hasSize(2)
                .allMatch(v -> v.target().endsWith("started again"));
        assertThat(verdict(verdicts, "exercise-service: ready").met()).isTrue();
        assertThat(verdict(verdicts, "exercise-service: ready").measured()).isEqualTo("1.9 s");
        assertThat(verdict(verdicts, "plan-service: ready").met()).isFalse();
    }

    @Test
    void webhooksAreJudgedOnLatencyAtTheRateAndOnTheOutage() {
        BenchReport.WebhookOutage outage = new BenchReport.WebhookOutage(600, 3000, 3000, 0, 1.5);
        List<Verdict> met = Targets.judge(List.of(), List.of(), new BenchReport.Webhooks(100, 2000, 2000, 20, 499, 700, outage),
                List.of(), List.of(), List.of());
        assertThat(verdict(met, "webhooks: p99").met()).isTrue();
        assertThat(verdict(met, "webhooks: a receiver down").met()).isTrue();

        List<Verdict> missed = Targets.judge(List.of(), List.of(), new BenchReport.Webhooks(100, 2000, 1999, 20, 499, 700,
                new BenchReport.WebhookOutage(600, 3000, 3000, 1, 1.5)), List.of(), List.of(), List.of());
        assertThat(verdict(missed, "webhooks: p99").met()).as("one delivery missing").isFalse();
        assertThat(verdict(missed, "webhooks: a receiver down").met()).as("one id acknowledged twice").isFalse();
        List<Verdict> quick = Targets.judge(List.of(), List.of(), new BenchReport.Webhooks(10, 20, 20, 20, 40, 70,
                new BenchReport.WebhookOutage(3, 15, 15, 0, 0.4)), List.of(), List.of(), List.of());
        assertThat(quick).filteredOn(v -> v.target().startsWith("webhooks")).noneMatch(Verdict::met);
    }
}

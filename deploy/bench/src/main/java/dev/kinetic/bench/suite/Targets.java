package dev.kinetic.bench.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kinetic.bench.load.LoadResult;
import dev.kinetic.bench.suite.BenchReport.Memory;
import dev.kinetic.bench.suite.BenchReport.Propagation;
import dev.kinetic.bench.suite.BenchReport.Scenario;
import dev.kinetic.bench.suite.BenchReport.StartUp;
import dev.kinetic.bench.suite.BenchReport.Verdict;

/**
 * The speed targets the service issues set, judged against what a run measured. A missed target is
 * reported as missed; nothing here adjusts a measurement.
 */
public final class Targets {

    static final double READ_RATIO = 0.5;
    /** A search on the realistic mix answers a third of its queries for the first time: less than a lookup. */
    static final double SEARCH_RATIO = 0.3;
    static final double READ_P99_MS = 10;
    /** Issue 18: a read's p99 at half its peak within this multiple of its service's trivial endpoint's at that rate. */
    static final double READ_P99_OVER_TRIVIAL = 1.5;
    static final double PLAN_RATE = 1_000;
    static final double PLAN_P99_MS = 50;
    static final double CATALOG_PROPAGATION_P99_MS = 1_000;
    /** Issue 18: each service alone ready in two seconds. */
    static final long READY_MS = 2_000;
    /** Issue 18: resident after warm-up, and the highest sampled under load. */
    static final long RESIDENT_MB = 250;
    static final long RESIDENT_UNDER_LOAD_MB = 350;
    static final double WEBHOOK_RATE = 100;
    static final double WEBHOOK_P99_MS = 500;

    private Targets() {
    }

    public static List<Verdict> judge(List<Scenario> scenarios, List<Propagation> propagation, BenchReport.Webhooks webhooks,
            List<StartUp> startUp, List<StartUp> restart, List<Memory> memory) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (s.read()) {
                double ratio = s.name().endsWith("-search") ? SEARCH_RATIO : READ_RATIO;
                verdicts.add(new Verdict(s.name() + ": peak at least " + ratio + " of its service's trivial endpoint",
                        format("%.2f (%.0f/s)", s.ratioToCeiling(), s.peak().perSecond()), s.ratioToCeiling() >= ratio));
                LoadResult half = s.atHalfPeak();
                verdicts.add(new Verdict(s.name() + ": p99 under " + (int) READ_P99_MS + " ms at half of peak",
                        format("p99 %.1f ms at %.0f/s, %d errors", half.p99Ms(), half.offeredPerSecond(), errors(half)),
                        half.p99Ms() < READ_P99_MS && errors(half) == 0));
                LoadResult trivial = s.trivialAtHalfPeak();
                verdicts.add(new Verdict(s.name() + ": p99 at half of peak within " + READ_P99_OVER_TRIVIAL
                        + "x its service's trivial endpoint's at the same rate", trivial == null
                                ? "trivial endpoint not run at that rate"
                                : format("p99 %.1f ms against %.1f ms at %.0f/s, %d errors", half.p99Ms(), trivial.p99Ms(),
                                        half.offeredPerSecond(), errors(half)),
                        trivial != null && half.p99Ms() <= READ_P99_OVER_TRIVIAL * trivial.p99Ms() && errors(half) == 0));
            }
        }
        scenarios.stream().filter(s -> s.name().startsWith("plan-creation")).forEach(plans -> {
            String target = plans.name() + ": " + (int) PLAN_RATE + " plans/s with p99 under " + (int) PLAN_P99_MS + " ms";
            LoadResult atTarget = plans.fixedRate().stream().filter(r -> r.offeredPerSecond() == PLAN_RATE).findFirst()
                    .orElse(null);
            verdicts.add(atTarget == null
                    ? new Verdict(target, "not run at that rate in this mode", false)
                    : new Verdict(target, format("%.0f/s completed, p99 %.1f ms, %d errors", atTarget.achievedPerSecond(),
                            atTarget.p99Ms(), errors(atTarget)),
                            atTarget.achievedPerSecond() >= 0.99 * PLAN_RATE && atTarget.p99Ms() < PLAN_P99_MS
                                    && errors(atTarget) == 0));
        });
        propagation.stream().filter(p -> p.name().equals("exercise-to-plan")).findFirst().ifPresent(p -> verdicts.add(
                new Verdict("catalog change visible in plan-service within 1 s at p99",
                        format("p99 %.1f ms over %d changes", p.p99Ms(), p.changes()), p.p99Ms() < CATALOG_PROPAGATION_P99_MS)));
        if (webhooks != null) {
            verdicts.add(new Verdict("webhooks: p99 under " + (int) WEBHOOK_P99_MS + " ms from commit to receiver at "
                    + (int) WEBHOOK_RATE + " changes/s", format("p99 %.1f ms at %.0f/s, %d of %d delivered", webhooks.p99Ms(),
                            webhooks.offeredPerSecond(), webhooks.delivered(), webhooks.plansCreated()),
                    webhooks.offeredPerSecond() >= WEBHOOK_RATE && webhooks.p99Ms() < WEBHOOK_P99_MS
                            && webhooks.delivered() == webhooks.plansCreated()));
            BenchReport.WebhookOutage outage = webhooks.outage();
            verdicts.add(new Verdict("webhooks: a receiver down for 10 minutes gets every delivery after it returns, each "
                    + "webhook-id acknowledged once", format("down %d s: %d of %d delivered, %.1f s after its return; %d acknowledged "
                            + "twice", outage.downSeconds(), outage.delivered(), outage.plansCreated(), outage.drainedSecondsAfterReturn(),
                            outage.acknowledgedMoreThanOnce()),
                    outage.downSeconds() >= 600 && outage.delivered() == outage.plansCreated() && outage.acknowledgedMoreThanOnce() == 0));
        }
        // A pod starts against a database that exists far more often than against an empty one: the restart is judged
        // where it was measured; reports from before it judge the first start.
        boolean restarted = restart != null && !restart.isEmpty();
        for (StartUp s : restarted ? restart : startUp) {
            if (s.part().endsWith("-service")) {
                verdicts.add(new Verdict(s.part() + ": ready in " + READY_MS / 1000 + " s at most" + (restarted ? ", started again" : ""),
                        format("%.1f s", s.readyMs() / 1000.0), s.readyMs() <= READY_MS));
            }
        }
        for (Memory m : memory) {
            verdicts.add(new Verdict(m.service() + ": at most " + RESIDENT_MB + " MB resident after warm-up and "
                    + RESIDENT_UNDER_LOAD_MB + " MB under load", m.afterWarmupMb() + " MB (" + m.underLoadMaxMb() + " MB at most under load)",
                    m.afterWarmupMb() <= RESIDENT_MB && m.underLoadMaxMb() <= RESIDENT_UNDER_LOAD_MB));
        }
        return verdicts;
    }

    private static long errors(LoadResult result) {
        return result.failed() + result.dropped();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}

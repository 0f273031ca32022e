package dev.kinetic.bench.suite;

import java.nio.file.Path;

/**
 * Judges a written report again against the current {@link Targets} and rewrites it, without measuring anything:
 * {@code Rejudge [report directory, default target/bench]}. For when a target changes after a 30-minute run.
 */
public final class Rejudge {

    private Rejudge() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench");
        BenchReport r = ReportWriter.read(directory);
        BenchReport judged = new BenchReport(r.mode(), r.date(), r.machine(), r.settings(), r.data(), r.startUp(), r.restart(), r.warmUp(), r.memory(),
                r.scenarios(), r.propagation(), r.webhooks(), r.kafka(), r.microbenchmarks(),
                Targets.judge(r.scenarios(), r.propagation(), r.webhooks(), r.startUp(), r.restart(), r.memory()));
        ReportWriter.write(judged, directory);
        System.out.println(ReportWriter.markdown(judged));
    }
}

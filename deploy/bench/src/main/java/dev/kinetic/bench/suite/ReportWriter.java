package dev.kinetic.bench.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.kinetic.bench.load.LoadResult;
import dev.kinetic.bench.suite.BenchReport.Scenario;
import dev.kinetic.bench.suite.BenchReport.StartUp;

/**
 * Writes a run as {@code report.json} (everything measured), {@code report.md} (the tables the README
 * quotes) and {@code report.html} (the same tables for a browser). Both text forms come from one list of tables.
 */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    record Table(String title, String note, List<String> headers, List<List<String>> rows) {
    }

    private ReportWriter() {
    }

    public static void write(BenchReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            JSON.writeValue(directory.resolve("report.json").toFile(), report);
            Files.writeString(directory.resolve("report.md"), markdown(report));
            Files.writeString(directory.resolve("report.html"), html(report));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report to " + directory, e);
        }
    }

    /** A report written before, read back (to judge it again after the targets changed). */
    public static BenchReport read(Path directory) {
        try {
            return JSON.copy().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(directory.resolve("report.json").toFile(), BenchReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the report in " + directory, e);
        }
    }

    static String summary(BenchReport r) {
        return String.format(Locale.ROOT, "Mode %s, %s. Machine: %d cores, %,d MB, %s, %s. Data: %s.", r.mode(), r.date(),
                r.machine().cores(), r.machine().memoryMb(), r.machine().jdk(), r.machine().os(),
                r.data().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    static List<Table> tables(BenchReport r) {
        List<Table> tables = new ArrayList<>();
        List<List<String>> scenarioRows = new ArrayList<>();
        for (Scenario s : r.scenarios()) {
            boolean first = true;
            for (LoadResult run : s.fixedRate()) {
                scenarioRows.add(List.of(first ? s.name() : "", first ? s.service() : "",
                        first ? number(s.peak().perSecond()) + (s.peak().failed() > 0 ? " (" + s.peak().failed() + " failed)" : "") : "",
                        first ? String.format(Locale.ROOT, "%.2f", s.ratioToCeiling()) : "", number(run.offeredPerSecond()),
                        number(run.achievedPerSecond()), ms(run.p50Ms()), ms(run.p99Ms()), ms(run.maxMs()),
                        Long.toString(run.failed() + run.dropped()),
                        first && s.trivialAtHalfPeak() != null ? ms(s.trivialAtHalfPeak().p99Ms()) : ""));
                first = false;
            }
        }
        tables.add(new Table("Scenarios", "Peak: closed loop, " + r.settings().connections() + " requests outstanding. "
                + "Ratio: peak divided by the same service's trivial endpoint in this run. Then open-model runs at a fixed "
                + "rate (half the peak; both plan creations also at the target), latency from each request's due time. "
                + "For a read, its service's trivial endpoint then runs at the same rate, and its p99 is the last column. "
                + "With -Dkinetic.bench.generator=gatling, Gatling's report of each run is in gatling/ beside this one.",
                List.of("scenario", "service", "peak /s", "ratio to ceiling", "fixed rate /s", "achieved /s", "p50 ms", "p99 ms",
                        "max ms", "errors", "trivial p99 ms, same rate"), scenarioRows));
        List<List<String>> propagation = new ArrayList<>(r.propagation().stream().map(p -> List.of(p.name(),
                p.measuredFrom() + " → " + p.measuredTo(), Integer.toString(p.changes()), ms(p.p50Ms()), ms(p.p99Ms()),
                ms(p.maxMs()))).toList());
        propagation.add(List.of("kafka-end-to-end", "EndToEndLatency: produce (acks=all, 512 B) → consumed, whole ms",
                Integer.toString(r.kafka().records()), ms(r.kafka().p50Ms()), ms(r.kafka().p99Ms()),
                "p99.9 " + ms(r.kafka().p999Ms())));
        tables.add(new Table("Event propagation", "Kafka's own latency on the same broker is the ceiling for the two changes.",
                List.of("what", "measured from → to", "count", "p50 ms", "p99 ms", "max ms"), propagation));
        if (r.webhooks() != null) {
            BenchReport.Webhooks w = r.webhooks();
            BenchReport.WebhookOutage o = w.outage();
            tables.add(new Table("Webhooks", "A partner's endpoint on loopback verifying every signature. Latency: from the plan "
                    + "event's commit (the body's timestamp) to the receiver having the delivery. Outage: the receiver stops "
                    + "listening while plans keep coming, then returns.",
                    List.of("run", "plans /s", "plans", "delivered", "p50 ms", "p99 ms", "max ms", "after return s", "acknowledged twice"),
                    List.of(List.of("latency", number(w.offeredPerSecond()), Long.toString(w.plansCreated()), Long.toString(w.delivered()),
                                    ms(w.p50Ms()), ms(w.p99Ms()), ms(w.maxMs()), "-", "-"),
                            List.of("outage of " + o.downSeconds() + " s", "-", Long.toString(o.plansCreated()), Long.toString(o.delivered()),
                                    "-", "-", "-", String.format(Locale.ROOT, "%.1f", o.drainedSecondsAfterReturn()),
                                    Long.toString(o.acknowledgedMoreThanOnce())))));
        }
        tables.add(new Table("Start-up", "From process start to ready, the first start, on empty databases; each service started alone with PostgreSQL and Kafka "
                + "already up. For a service, where the time went (from its log): the JVM and class loading before Quarkus "
                + "began, Quarkus's own start (configuration, Flyway, Hibernate, the Kafka clients, start-up observers), "
                + "and from started to ready (the first health probes; plan-service waits for the catalog).",
                List.of("part", "ready ms", "before Quarkus ms", "Quarkus start ms", "started to ready ms"),
                startUpRows(r.startUp())));
        if (r.restart() != null) {
            tables.add(new Table("Start-up, again", "Each service stopped after the run and started again alone, against the "
                    + "data the run left in its database and topics, as a rolling update or a rescheduled pod starts one; the "
                    + "targets read these. Split as above.",
                    List.of("service", "ready ms", "before Quarkus ms", "Quarkus start ms", "started to ready ms"), startUpRows(r.restart())));
        }
        if (r.warmUp() != null) {
            tables.add(new Table("Warm-up", "Closed-loop load before anything is measured, in slices of "
                    + r.settings().warmup().toSeconds() + " s until the service's JIT compiler threads used less than "
                    + JitSettling.SETTLED_CORES + " of a core in a slice, or " + r.settings().warmupLimit().toSeconds()
                    + " s; in order, so a later scenario of a service finds much of its code compiled.",
                    List.of("scenario", "service", "seconds", "JIT compiler, cores, last slice"),
                    r.warmUp().stream().map(w -> List.of(w.scenario(), w.service(), String.format(Locale.ROOT, "%.0f", w.seconds()),
                            w.compilingCores() == null ? "-" : String.format(Locale.ROOT, "%.2f", w.compilingCores()))).toList()));
        }
        tables.add(new Table("Resident memory", "After warm-up, and the highest sampled (every 0.5 s) during the measured load.",
                List.of("service", "after warm-up MB", "highest under load MB"),
                r.memory().stream().map(m -> List.of(m.service(), Long.toString(m.afterWarmupMb()),
                        Long.toString(m.underLoadMaxMb()))).toList()));
        if (!r.microbenchmarks().isEmpty()) {
            tables.add(new Table("Microbenchmarks (JMH)", "Run before the suite starts.", List.of("benchmark", "params", "score", "unit"),
                    r.microbenchmarks().stream().map(m -> List.of(m.benchmark(), m.params().toString(),
                            String.format(Locale.ROOT, "%.1f", m.score()), m.unit())).toList()));
        }
        tables.add(new Table("Targets", "From the service issues; a missed target is reported as missed.",
                List.of("target", "measured", "met"),
                r.verdicts().stream().map(v -> List.of(v.target(), v.measured(), v.met() ? "yes" : "**no**")).toList()));
        return tables;
    }

    public static String markdown(BenchReport r) {
        StringBuilder md = new StringBuilder("# Kinetic benchmark\n\n").append(summary(r)).append("\n");
        for (Table t : tables(r)) {
            md.append("\n## ").append(t.title()).append("\n\n").append(t.note()).append("\n\n| ")
                    .append(String.join(" | ", t.headers())).append(" |\n|")
                    .append("---|".repeat(t.headers().size())).append('\n');
            t.rows().forEach(row -> md.append("| ").append(String.join(" | ", row)).append(" |\n"));
        }
        return md.toString();
    }

    static String html(BenchReport r) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Kinetic benchmark</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child,th:first-child{text-align:left}"
                + "</style></head><body><h1>Kinetic benchmark</h1><p>").append(escape(summary(r))).append("</p>");
        for (Table t : tables(r)) {
            html.append("<h2>").append(escape(t.title())).append("</h2><p>").append(escape(t.note())).append("</p><table><tr>");
            t.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
            html.append("</tr>");
            for (List<String> row : t.rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(escape(cell.replace("**", ""))).append("</td>"));
                html.append("</tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static List<List<String>> startUpRows(List<StartUp> starts) {
        return starts.stream().map(s -> List.of(s.part(), Long.toString(s.readyMs()), orDash(s.beforeQuarkusMs()),
                orDash(s.quarkusStartMs()), orDash(s.untilReadyMs()))).toList();
    }

    private static String orDash(Long value) {
        return value == null ? "-" : Long.toString(value);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

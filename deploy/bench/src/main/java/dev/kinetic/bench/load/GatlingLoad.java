package dev.kinetic.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gatling.app.Gatling$;

/**
 * Load through Gatling: each run is one Gatling simulation ({@link KineticSimulation}) in this JVM, an open model
 * ({@code constantUsersPerSec}, one request per virtual user, latency from each user's scheduled start) or a
 * closed one for the peak (its users there from the start, each looping). Measured runs keep Gatling's HTML
 * report under {@code reports}, one directory per run named after the scenario and rate; warm-ups keep none. Gatling records
 * whole milliseconds, so sub-millisecond percentiles read as 0 or 1; an open model sends every request, so
 * nothing is dropped (a request that cannot be answered in time fails on its timeout instead). A measured run
 * lasts at least a second: Gatling's report of a shorter one can lack its start.
 */
public final class GatlingLoad implements LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger RUNS = new AtomicInteger();
    /** The report's statistics: a script assigning {@code var stats = {...}}, all requests first. */
    private static final String STATS = "js/stats.js";

    private final Path reports;

    public GatlingLoad(Path reports) {
        this.reports = reports;
    }

    @Override
    public void warmUp(Requests requests, int connections, Duration duration) {
        simulate(KineticSimulation.Model.closed(requests, connections, duration), null);
    }

    @Override
    public void warmUpAtRate(Requests requests, double perSecond, Duration duration) {
        simulate(KineticSimulation.Model.open(requests, perSecond, duration), null);
    }

    @Override
    public PeakResult peak(Requests requests, int connections, Duration duration) {
        Stats stats = simulate(KineticSimulation.Model.closed(requests, connections, duration), requests.name() + "-peak");
        return new PeakResult(requests.name(), connections, stats.ok() / (duration.toNanos() / 1e9), stats.ko());
    }

    @Override
    public LoadResult run(Requests requests, double perSecond, Duration duration) {
        String label = String.format(Locale.ROOT, "%s-at-%.0f-per-s", requests.name(), perSecond);
        Stats stats = simulate(KineticSimulation.Model.open(requests, perSecond, duration), label);
        return stats.asLoad(requests.name(), perSecond, duration);
    }

    /**
     * Runs one simulation; a labelled one keeps its report and returns its statistics, a warm-up (no label) writes
     * no report and returns none.
     */
    private synchronized Stats simulate(KineticSimulation.Model model, String label) {
        if (model.duration().isZero()) {
            return null;
        }
        Path results;
        try {
            results = label == null ? Files.createTempDirectory("kinetic-gatling-") : reports;
            Files.createDirectories(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String description = label == null ? "warm-up " + RUNS.incrementAndGet() : label;
        List<String> args = new ArrayList<>(List.of("-s", KineticSimulation.class.getName(), "-rf", results.toString(),
                "-rd", description));
        if (label == null) {
            args.add("-nr");
        }
        // The second of Gatling's four percentiles is 90 here (its default is 75): the report records p50, p90 and p99.
        System.setProperty("gatling.charting.indicators.percentile2", "90");
        // Its statistics file only: the harness prints what it measured, not Gatling's progress every five seconds.
        System.setProperty("gatling.data.writers.0", "file");
        KineticSimulation.use(model);
        try {
            int status = Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("Gatling ended with status " + status + " for " + description);
            }
            return label == null ? null : Stats.read(newestRun(results, label));
        } finally {
            KineticSimulation.use(null);
            if (label == null) {
                delete(results);
            }
        }
    }

    /** The run directory Gatling just wrote; a labelled one is renamed after its label, so reports sit side by side. */
    private static Path newestRun(Path results, String label) {
        try (Stream<Path> runs = Files.list(results)) {
            Path newest = runs.filter(Files::isDirectory).filter(p -> Files.exists(p.resolve(STATS)))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow(
                            () -> new IllegalStateException("Gatling wrote no statistics under " + results + ": " + listing(results)));
            if (label == null) {
                return newest;
            }
            Path named = results.resolve(label.replaceAll("[^A-Za-z0-9.-]+", "-").toLowerCase(Locale.ROOT));
            delete(named);
            return Files.move(newest, named);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String listing(Path directory) {
        try (Stream<Path> paths = Files.walk(directory, 3)) {
            return paths.map(directory::relativize).map(Path::toString).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // Each simulation starts and stops its own engine.
    }

    /** Gatling's statistics of all requests (its {@code js/stats.json}): counts and the percentiles asked for. */
    record Stats(long ok, long ko, double p50, double p90, double p99, double max) {

        static Stats read(Path run) {
            try {
                JsonNode stats = JSON.readTree(allRequests(Files.readString(run.resolve(STATS))));
                return new Stats(stats.path("numberOfRequests").path("ok").asLong(), stats.path("numberOfRequests").path("ko").asLong(),
                        stats.path("percentiles1").path("total").asDouble(), stats.path("percentiles2").path("total").asDouble(),
                        stats.path("percentiles4").path("total").asDouble(), stats.path("maxResponseTime").path("total").asDouble());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The first {@code stats: {...}} object of the script (the group of all requests), which is plain JSON. */
        static String allRequests(String script) {
            int start = script.indexOf('{', script.indexOf("stats: {"));
            if (start < 0) {
                throw new IllegalStateException("no statistics in Gatling's " + STATS);
            }
            int depth = 0;
            for (int i = start; i < script.length(); i++) {
                char c = script.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return script.substring(start, i + 1);
                }
            }
            throw new IllegalStateException("unterminated statistics in Gatling's " + STATS);
        }

        LoadResult asLoad(String name, double perSecond, Duration duration) {
            long due = Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
            long dropped = Math.max(0, due - ok - ko);
            return new LoadResult(name, perSecond, ok / (duration.toNanos() / 1e9), due, ok, ko, dropped, p50, p90, p99, max);
        }
    }

}

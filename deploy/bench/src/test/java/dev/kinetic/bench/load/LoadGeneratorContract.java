package dev.kinetic.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * What every load generator of the harness must do, against a local server whose behaviour is known, so the
 * harness cannot rot between full benchmark runs and its numbers can be trusted.
 */
abstract class LoadGeneratorContract {

    @TempDir
    Path reports;

    HttpServer server;
    LoadGenerator load;

    abstract LoadGenerator generator(Path reports);

    @BeforeEach
    void generator() {
        load = generator(reports);
    }

    @AfterEach
    void stop() {
        load.close();
        if (server != null) {
            server.stop(0);
        }
    }

    URI serve(int threads, Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/", exchange -> {
            try {
                handler.handle();
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    interface Handler {
        void handle() throws InterruptedException;
    }

    @Test
    void keepsTheOfferedRateAndMeasuresTheServersTime() throws Exception {
        URI uri = serve(8, () -> Thread.sleep(3));
        LoadResult result = load.run(new Target("steady", "GET", uri, Map.of(), null), 200, Duration.ofSeconds(2));
        assertThat(result.due()).isEqualTo(400);
        assertThat(result.failed() + result.dropped()).isZero();
        assertThat(result.achievedPerSecond()).isBetween(170.0, 215.0);
        assertThat(result.p50Ms()).isGreaterThanOrEqualTo(3.0).isLessThan(50.0);
    }

    @Test
    void aStallShowsInEveryRequestThatWaitedForItNotJustOne() throws Exception {
        AtomicBoolean stalled = new AtomicBoolean();
        long begin = System.nanoTime();
        // One worker: a 400 ms stall one second in holds up every request due during it.
        URI uri = serve(1, () -> {
            if (System.nanoTime() - begin > 1_000_000_000L && stalled.compareAndSet(false, true)) {
                Thread.sleep(400);
            }
        });
        LoadResult result = load.run(new Target("stall", "GET", uri, Map.of(), null), 200, Duration.ofSeconds(3));
        assertThat(result.maxMs()).isGreaterThanOrEqualTo(400.0);
        // About 80 of 600 requests were due during the stall: well over 1 % of them waited 100 ms or more.
        assertThat(result.p99Ms()).isGreaterThan(100.0);
        assertThat(result.p50Ms()).isLessThan(50.0);
    }

    @Test
    void aBodyAndTheHeadersAreSentWithEveryRequest() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Prefer") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/plans");
        LoadResult result = load.run(new Target("post", "POST", uri, Map.of("Prefer", "return=minimal"),
                "{\"weeks\":4}".getBytes(StandardCharsets.UTF_8)), 20, Duration.ofSeconds(1));
        assertThat(result.succeeded()).isEqualTo(20);
        assertThat(received).hasSize(20).allSatisfy(r -> assertThat(r).isEqualTo("POST return=minimal {\"weeks\":4}"));
    }

    @Test
    void theClosedLoopPeakIsPositiveAgainstAFastServer() throws Exception {
        URI uri = serve(4, () -> { });
        PeakResult peak = load.peak(new Target("peak", "GET", uri, Map.of(), null), 4, Duration.ofSeconds(1));
        assertThat(peak.perSecond()).isGreaterThan(100.0);
        assertThat(peak.failed()).isZero();
    }

    @Test
    void walksThroughTheScenariosRequestsAndCountsErrorStatusesAsFailures() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            seen.add(path);
            exchange.sendResponseHeaders(path.startsWith("/missing") ? 404 : 200, -1);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Requests everyOtherMissing = new Requests() {
            @Override
            public String name() {
                return "mixed";
            }

            @Override
            public Target next(long sequence) {
                String path = (sequence % 2 == 0 ? "/found/" : "/missing/") + sequence % 10;
                return new Target(name(), "GET", URI.create(base + path), Map.of(), null);
            }
        };
        LoadResult result = load.run(everyOtherMissing, 100, Duration.ofSeconds(1));
        assertThat(result.succeeded()).isEqualTo(50);
        assertThat(result.failed()).isEqualTo(50);
        assertThat(seen).hasSize(10);
        PeakResult peak = load.peak(everyOtherMissing, 2, Duration.ofSeconds(1));
        assertThat(peak.failed()).isPositive();
        assertThat(peak.perSecond()).isPositive();
    }
}

package dev.kinetic.bench.suite;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.kinetic.bench.load.LoadResult;
import dev.kinetic.bench.load.LoadGenerator;
import dev.kinetic.bench.load.Requests;
import dev.kinetic.bench.suite.BenchReport.Webhooks;
import dev.kinetic.client.webhooks.WebhookVerifier;
import dev.kinetic.contracts.webhooks.WebhookMessage;
import dev.kinetic.platform.embedded.FreePort;

/**
 * Partner webhooks under load, received by a partner's endpoint on loopback that verifies every signature. Latency:
 * plans created at a fixed rate, each generated event timed from its commit (the delivery body's timestamp, the
 * event's own time) to the receiver having it. Outage: the receiver stops listening for a while as plans keep
 * coming, then returns; every delivery must arrive, and no webhook-id may be acknowledged twice.
 */
final class WebhookProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);

    private final SuiteUrls urls;
    private final int port = FreePort.pick();
    private final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Instant> eventTimes = new ConcurrentHashMap<>();
    private final Histogram latency = new Histogram(3_600_000_000L, 3);
    private volatile Instant countFrom = Instant.MAX;
    private volatile WebhookVerifier verifier;
    private HttpServer server;
    private String endpoint;

    WebhookProbe(SuiteUrls urls) {
        this.urls = urls;
    }

    Webhooks measure(BenchSettings settings, LoadGenerator load, Requests planCreation) throws Exception {
        listen();
        JsonNode created = JSON.readTree(Http.exchange(201, "POST", urls.plans() + "/api/v1/webhooks", urls.partner(), "application/json",
                "{\"url\":\"http://127.0.0.1:" + port + "/hooks\",\"eventTypes\":[\"dev.kinetic.plan.generated.v1\"]}").body());
        endpoint = created.path("id").asText();
        verifier = new WebhookVerifier(created.path("secret").asText());
        warmUpAndCatchUp(settings, load, planCreation);

        Instant start = Instant.now();
        countFrom = start;
        LoadResult plans = load.run(planCreation, settings.webhookRate(), settings.run());
        long delivered = awaitDeliveries(start, plans.succeeded());
        double p50;
        double p99;
        double max;
        synchronized (latency) {
            p50 = latency.getValueAtPercentile(50) / 1000.0;
            p99 = latency.getValueAtPercentile(99) / 1000.0;
            max = latency.getMaxValue() / 1000.0;
        }

        Instant outageStart = Instant.now();
        acknowledged.clear();
        eventTimes.clear();
        countFrom = outageStart;
        server.stop(0);
        LoadResult duringOutage = load.run(planCreation, settings.webhookOutageRate(), settings.webhookOutage());
        Instant back = Instant.now();
        listen();
        LoadResult afterReturn = load.run(planCreation, settings.webhookOutageRate(), Duration.ofSeconds(2));
        long outagePlans = duringOutage.succeeded() + afterReturn.succeeded();
        long outageDelivered = awaitDeliveries(outageStart, outagePlans);
        double drained = Duration.between(back, Instant.now()).toMillis() / 1000.0;
        long twice = acknowledged.values().stream().filter(n -> n.get() > 1).count();
        return new Webhooks(settings.webhookRate(), plans.succeeded(), delivered, p50, p99, max,
                new BenchReport.WebhookOutage(settings.webhookOutage().toSeconds(), outagePlans, outageDelivered, twice, drained));
    }

    /**
     * Runs the measured rate for the warm-up time (its deliveries not counted), then waits for one plan's delivery:
     * the measurement starts warm and with no backlog left by earlier scenarios on plan-events.
     */
    private void warmUpAndCatchUp(BenchSettings settings, LoadGenerator load, Requests planCreation) throws Exception {
        load.warmUpAtRate(planCreation, settings.webhookRate(), settings.warmup());
        Instant sentinel = Instant.now();
        countFrom = sentinel;
        load.warmUpAtRate(planCreation, 1, Duration.ofSeconds(1));
        awaitDeliveries(sentinel, 1);
        countFrom = Instant.MAX;
        acknowledged.clear();
        eventTimes.clear();
        synchronized (latency) {
            latency.reset();
        }
    }

    /** Waits until as many distinct deliveries of events since {@code since} arrived as plans were created. */
    private long awaitDeliveries(Instant since, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(DRAIN_LIMIT);
        while (countSince(since) < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return countSince(since);
    }

    private long countSince(Instant since) {
        return eventTimes.values().stream().filter(t -> !t.isBefore(since)).count();
    }

    private void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.createContext("/hooks", this::receive);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    private void receive(HttpExchange exchange) throws IOException {
        Instant arrived = Instant.now();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = exchange.getRequestHeaders();
        int status = 204;
        try {
            WebhookMessage message = verifier.verify(body, headers);
            String id = WebhookVerifier.messageId(headers);
            Instant happened = message.timestamp().toInstant();
            if (!happened.isBefore(countFrom)) {
                acknowledged.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                if (eventTimes.putIfAbsent(id, happened) == null) {
                    synchronized (latency) {
                        latency.recordValue(Math.max(0, Duration.between(happened, arrived).toNanos() / 1_000));
                    }
                }
            }
        } catch (WebhookVerifier.InvalidWebhookException e) {
            status = 401;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        if (endpoint != null) {
            Http.send("DELETE", urls.plans() + "/api/v1/webhooks/" + endpoint, urls.partner(), null, null);
        }
    }

}

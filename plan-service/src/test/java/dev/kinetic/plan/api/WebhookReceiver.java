package dev.kinetic.plan.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's receiver on loopback: each path answers with the status it is told to (200 unless told otherwise)
 * and keeps every request it got, so tests can see what was sent, how often, and what was acknowledged.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received: lower-cased headers, the body, and what the receiver answered. */
    record Received(String path, Map<String, String> headers, String body, int answered, Instant at) {

        String id() {
            return headers.get("webhook-id");
        }

        Map<String, List<String>> headerLists() {
            return headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Integer> mostInFlight = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(String path, int status) {
        answers.put(path, status);
    }

    /** Answers on {@code path} only after {@code millis}: a slow receiver. */
    void delay(String path, long millis) {
        delays.put(path, millis);
    }

    /** The most requests on {@code path} the receiver was answering at once. */
    int mostAtOnce(String path) {
        return mostInFlight.getOrDefault(path, 0);
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        int status = answers.getOrDefault(path, 200);
        var now = inFlight.computeIfAbsent(path, p -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        mostInFlight.merge(path, now, Math::max);
        try {
            Thread.sleep(delays.getOrDefault(path, 0L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.get(path).decrementAndGet();
        }
        Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().get(0), (a, b) -> a));
        received.add(new Received(path, headers, body, status, Instant.now()));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

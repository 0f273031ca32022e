package dev.kinetic.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.kinetic.client.webhooks.SeenMessages;
import dev.kinetic.client.webhooks.WebhookVerifier;
import dev.kinetic.contracts.webhooks.WebhookMessage;

/**
 * A partner's webhook receiver for local development, as a partner would write one with the Java client: it
 * verifies each delivery's signature and freshness, acknowledges a repeated webhook-id without acting on it
 * again, and logs one line per delivery. {@code POST /hooks/<name>} receives for the endpoint whose secret was
 * given as {@code PUT /secrets/<name>} (the launcher does that for the demo partner's endpoint).
 */
public final class DemoWebhookReceiver implements AutoCloseable {

    /** One delivery as received and judged: verified (first time or again), or refused and why. */
    public record Delivery(Instant at, String endpoint, String webhookId, String type, String planId, String verdict) {

        public boolean verified() {
            return verdict.startsWith("verified");
        }
    }

    private final HttpServer server;
    private final Path log;
    private final Map<String, WebhookVerifier> verifiers = new ConcurrentHashMap<>();
    private final SeenMessages seen = new SeenMessages(100_000);
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private DemoWebhookReceiver(HttpServer server, Path log) {
        this.server = server;
        this.log = log;
    }

    public static DemoWebhookReceiver start(int port, Path log) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            DemoWebhookReceiver receiver = new DemoWebhookReceiver(server, log);
            server.createContext("/hooks/", receiver::receive);
            server.createContext("/secrets/", receiver::learnSecret);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "demo-webhook-receiver");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            Files.createDirectories(log.getParent());
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("The demo webhook receiver cannot listen on 127.0.0.1:" + port
                    + " (set KINETIC_WEBHOOK_RECEIVER_PORT): " + e.getMessage(), e);
        }
    }

    /** The URL to subscribe for endpoint {@code name}. */
    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + name;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Deliveries to endpoint {@code name} are verified with {@code secret} from now on. */
    public void register(String name, String secret) {
        verifiers.put(name, new WebhookVerifier(secret));
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/hooks/".length());
        String body = read(exchange);
        WebhookVerifier verifier = verifiers.get(name);
        if (!"POST".equals(exchange.getRequestMethod()) || verifier == null) {
            answer(exchange, 404, "no endpoint " + name + "; PUT its secret to /secrets/" + name + " first");
            return;
        }
        Map<String, List<String>> headers = exchange.getRequestHeaders();
        String id = WebhookVerifier.messageId(headers);
        try {
            WebhookMessage message = verifier.verify(body, headers);
            String verdict = seen.firstTime(id) ? "verified" : "verified, a repeat: acknowledged, not acted on";
            record(new Delivery(Instant.now(), name, id, message.type(),
                    message.data() == null || message.data().planId() == null ? "-" : message.data().planId().toString(), verdict));
            answer(exchange, 204, null);
        } catch (WebhookVerifier.InvalidWebhookException e) {
            record(new Delivery(Instant.now(), name, id, "-", "-", "refused: " + e.getMessage()));
            answer(exchange, 401, e.getMessage());
        }
    }

    private void learnSecret(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/secrets/".length());
        String secret = read(exchange).trim();
        if (!"PUT".equals(exchange.getRequestMethod()) || name.isBlank()) {
            answer(exchange, 405, "PUT /secrets/<name> with the whsec_ secret as the body");
            return;
        }
        try {
            register(name, secret);
            answer(exchange, 204, null);
        } catch (IllegalArgumentException e) {
            answer(exchange, 400, e.getMessage());
        }
    }

    private void record(Delivery delivery) {
        deliveries.add(delivery);
        String line = String.format("%s %-8s %-38s %-32s plan %s: %s%n", delivery.at(), delivery.endpoint(), delivery.webhookId(),
                delivery.type(), delivery.planId(), delivery.verdict());
        try {
            Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            new PrintStream(System.err, true, StandardCharsets.UTF_8).print(line);
        }
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readNBytes(1_048_576), StandardCharsets.UTF_8);
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

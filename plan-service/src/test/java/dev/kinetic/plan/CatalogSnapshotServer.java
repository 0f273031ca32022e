package dev.kinetic.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for exercise-service's snapshot endpoint (a peer service, not infrastructure), serving
 * our seed catalog, so plan-service's bootstrap from an empty exercise-catalog topic is exercised.
 */
public class CatalogSnapshotServer implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger REQUESTS = new AtomicInteger();
    private static volatile HttpServer server;

    /** Takes exercise-service "down": its snapshot is no longer reachable. */
    public static synchronized void stopNow() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public static int requests() {
        return REQUESTS.get();
    }

    @Override
    public Map<String, String> start() {
        byte[] snapshot;
        try (InputStream in = CatalogSnapshotServer.class.getResourceAsStream("/catalog-snapshot.json")) {
            snapshot = in.readAllBytes();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/exercises/snapshot", exchange -> {
            REQUESTS.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, snapshot.length);
            exchange.getResponseBody().write(snapshot);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.exercise-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        stopNow();
    }
}

package dev.kinetic.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's start command, as a test: the packaged services come up on the project's own
 * PostgreSQL and Kafka, each ready and answering, and everything is gone after shutdown.
 */
class LocalSuiteIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private Path home;

    @BeforeEach
    void makeHome() throws Exception {
        home = Files.createTempDirectory("kinetic-local-it-");
    }

    @AfterEach
    void removeHome() throws Exception {
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void startsEveryServiceReadyAndStopsWithoutLeftovers() throws Exception {
        Path root = LocalSuiteOptions.findRoot(Path.of("").toAbsolutePath());
        LocalSuiteOptions options = LocalSuiteOptions.ephemeral(root, home);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (LocalSuite suite = LocalSuite.start(options, new PrintStream(output, true, StandardCharsets.UTF_8))) {
            for (ServiceSpec service : suite.services()) {
                HttpResponse<String> ready = get("http://127.0.0.1:" + service.managementPort() + "/q/health/ready");
                assertThat(ready.statusCode()).as("%s readiness", service.name()).isEqualTo(200);
                assertThat(ready.body()).contains("\"UP\"");

                HttpResponse<String> unknown = get("http://127.0.0.1:" + service.httpPort() + "/api/v1/not-a-resource");
                assertThat(unknown.statusCode()).isEqualTo(404);
                assertThat(unknown.headers().firstValue("content-type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
            }
            // Demo data crosses the whole suite: exercise-service seeds its catalog, the relay publishes it, content-service
            // consumes it and then publishes its sample articles linked to those exercises.
            ServiceSpec exercises = suite.services().get(0);
            ServiceSpec content = suite.services().get(1);
            assertThat(get("http://127.0.0.1:" + exercises.httpPort() + "/api/v1/exercises/glute-bridge").statusCode()).isEqualTo(200);
            String article = "http://127.0.0.1:" + content.httpPort() + "/api/v1/articles/weak-glutes-and-lower-back-pain-what-helps";
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
            HttpResponse<String> published = get(article);
            while (published.statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                published = get(article);
            }
            assertThat(published.statusCode()).as("sample article published").isEqualTo(200);
            assertThat(published.body()).contains("\"glute-bridge\"", "\"clamshell\"", "\"dead-bug\"", "\"bird-dog\"");
            assertThat(suite.tokens()).containsOnlyKeys("editor", "partner", "admin")
                    .allSatisfy((role, token) -> assertThat(token.split("\\.")).hasSize(3));
            assertThat(suite.timings()).containsKeys("postgresql", "kafka", "exercise-service", "content-service",
                    "plan-service", "suite");
            System.out.println("Local suite start timings: " + suite.timings());
        }
        for (ServiceSpec service : options.services()) {
            assertThat(refused("http://127.0.0.1:" + service.managementPort() + "/q/health/live"))
                    .as("%s stopped", service.name()).isTrue();
        }
    }

    private HttpResponse<String> get(String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private boolean refused(String uri) throws Exception {
        try {
            get(uri);
            return false;
        } catch (ConnectException e) {
            return true;
        }
    }
}

package dev.kinetic.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.HeldWork;
import dev.kinetic.platform.fixture.PlatformFixtureTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

/** A replica holding its most requests sheds the next at once, keeps its management interface, and recovers. */
@PlatformFixtureTest
@TestProfile(LoadSheddingIT.OneInFlight.class)
class LoadSheddingIT {

    private static final String HELD = "/test/widgets/held";

    public static class OneInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kinetic.http.max-in-flight", "1");
        }
    }

    @Inject
    HeldWork held;

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void aRequestBeyondTheBoundIsOverloadedAtOnceWhileHealthStillAnswers() throws Exception {
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> given().get(HELD).then().statusCode(200).extract().asString());
        held.awaitEntered();
        try {
            // Any route, even one that does not exist: nothing past the bound is routed.
            given().get("/test/widgets/no-such-thing").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://kinetic.dev/problems/overloaded"))
                    .body("detail", containsString("1 requests in progress"));
            given().baseUri("http://localhost").port(managementPort).get("/q/health/live").then().statusCode(200);
        } finally {
            held.release();
        }
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("done");
        given().get("/test/widgets/no-such-thing").then().statusCode(404);
    }

    @Test
    void aClientThatHangsUpGivesItsPlaceBack() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + HELD + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            held.awaitEntered();
        }
        held.release();
        // The held request ended on a closed connection; its place is free again within moments.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int status;
        do {
            status = given().get("/test/widgets/no-such-thing").statusCode();
        } while (status == 503 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(404);
    }
}

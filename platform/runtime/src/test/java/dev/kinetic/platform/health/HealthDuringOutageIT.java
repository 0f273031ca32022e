package dev.kinetic.platform.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.testing.KineticTestInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.Response;

/** Readiness and liveness answer within a second while the broker is down, and readiness says what is down. */
@PlatformFixtureTest
class HealthDuringOutageIT {

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @Test
    void healthAnswersAtOnceDuringABrokerOutage() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().get(ready).statusCode()).isEqualTo(200));
        KineticTestInfrastructure.broker().kill();
        try {
            long slowest = 0;
            boolean sawDown = false;
            long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (System.nanoTime() < until) {
                long start = System.nanoTime();
                Response readiness = given().get(ready);
                slowest = Math.max(slowest, System.nanoTime() - start);
                if (readiness.statusCode() == 503) {
                    sawDown = true;
                    assertThat(readiness.jsonPath().getString("checks.find { it.name == 'Kafka broker connection' }.status"))
                            .isEqualTo("DOWN");
                    assertThat(readiness.jsonPath().getString("checks.find { it.name == 'Database connection' }.status"))
                            .isEqualTo("UP");
                }
                start = System.nanoTime();
                given().get(live).then().statusCode(200);
                slowest = Math.max(slowest, System.nanoTime() - start);
            }
            assertThat(sawDown).as("readiness went DOWN while the broker was down").isTrue();
            assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(1));
        } finally {
            KineticTestInfrastructure.broker().start();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given().get(ready).statusCode()).isEqualTo(200));
    }
}

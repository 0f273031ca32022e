package dev.kinetic.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.kinetic.platform.testing.fuzz.ServiceFuzzContract;
import io.quarkus.test.common.http.TestHTTPResource;

@PlanServiceTest
class PlanServiceFuzzIT extends ServiceFuzzContract {

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @Override
    protected String service() {
        return "plan-service";
    }

    @Override
    protected void prepare() {
        // Plans are only made once the catalog is held; the fuzz is about the requests, not the start-up.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(ready).then().statusCode(200));
    }

    @Override
    protected Map<String, String> hints() {
        return Map.of("id", UUID.randomUUID().toString(), "timeZone", "Europe/Berlin", "locale", "en", "goal", "glute-strength");
    }
}

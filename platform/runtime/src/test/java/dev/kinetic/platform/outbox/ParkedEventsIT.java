package dev.kinetic.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.fixture.WidgetCalls;
import dev.kinetic.platform.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * A row the broker can never accept is parked and the stream goes on; an operator lists, retries and
 * drops it; and an event over the staging limit fails its write at once with nothing kept.
 */
@PlatformFixtureTest
class ParkedEventsIT {

    private static final String PARKED = "/api/v1/operations/outbox/parked";

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Test
    void anUndeliverableEventIsParkedAndTheNextChangeOfTheSameKeyStillArrives() throws Exception {
        String editor = TestTokens.editor();
        WidgetCalls.create("park-1", "first").statusCode(200);
        double parkedBefore = parkedTotal();
        // 1.5 MB: under this fixture's staging limit, over the producer's 1 MiB and the topics' max.message.bytes.
        given().auth().oauth2(editor).contentType(ContentType.JSON).post("/test/widgets/park-1/inflate?bytes=1500000").then().statusCode(200).body(equalTo("2"));
        WidgetCalls.rename("park-1", "after").statusCode(200);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(count("SELECT count(*) FROM widget_effect WHERE widget_id = 'park-1' AND version = 3")).isEqualTo(1));
        assertThat(count("SELECT count(*) FROM widget_effect WHERE widget_id = 'park-1' AND version = 2")).isZero();
        assertThat(parkedTotal()).isEqualTo(parkedBefore + 1);

        String admin = TestTokens.admin();
        given().auth().oauth2(TestTokens.editor()).get(PARKED).then().statusCode(403);
        String eventId = given().auth().oauth2(admin).get(PARKED).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].topic", equalTo("widgets"))
                .body("[0].key", equalTo("park-1"))
                .body("[0].reason", containsString("RecordTooLargeException"))
                .extract().path("[0].eventId");
        assertThat(given().auth().oauth2(admin).get(PARKED).then().extract().<Integer>path("[0].payloadBytes")).isGreaterThan(1_500_000);

        // Retrying an event that still cannot be delivered parks it again, without blocking anything.
        given().auth().oauth2(admin).post(PARKED + "/" + eventId + "/retry").then().statusCode(204);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(parkedTotal()).isEqualTo(parkedBefore + 2));
        given().auth().oauth2(admin).get(PARKED).then().body("", hasSize(1));

        given().auth().oauth2(admin).delete(PARKED + "/" + eventId).then().statusCode(204);
        given().auth().oauth2(admin).get(PARKED).then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(admin).delete(PARKED + "/" + eventId).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://kinetic.dev/problems/not-found"));
        given().auth().oauth2(admin).post(PARKED + "/not-a-uuid/retry").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anEventOverTheStagingLimitFailsItsWriteAtOnceAndNothingIsKept() throws Exception {
        String editor = TestTokens.editor();
        WidgetCalls.create("huge-1", "first").statusCode(200);
        long rowsBefore = count("SELECT count(*) FROM platform.outbox_event");

        given().auth().oauth2(editor).contentType(ContentType.JSON).post("/test/widgets/huge-1/inflate?bytes=3100000").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kinetic.dev/problems/resource-too-large"))
                .body("detail", containsString("limited to 3000000 bytes"));

        assertThat(count("SELECT version FROM widget WHERE id = 'huge-1'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM platform.outbox_event")).isEqualTo(rowsBefore);
    }

    private double parkedTotal() {
        var counter = registry.find("kinetic.outbox.parked").counter();
        return counter == null ? 0 : counter.count();
    }

    private long count(String sql) throws Exception {
        try (var connection = dataSource.getConnection(); var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

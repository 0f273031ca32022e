package dev.kinetic.plan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;
import dev.kinetic.plan.PlanServiceTest;
import dev.kinetic.plan.persistence.PlanHeads;
import dev.kinetic.platform.testing.EventFeed;
import dev.kinetic.platform.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Plan reads answered from the heads a replica holds in memory, on real PostgreSQL and Kafka. "Another replica" is
 * played by the test: it writes a new version to the database as a replica's transaction would, and publishes its
 * plan event to plan-events as that replica's relay would.
 */
@PlanServiceTest
class PlanHeadsIT {

    private static final String PARTNER = "partner-heads";

    @Inject
    PlanHeads heads;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification asPartner() {
        return given().auth().oauth2(TestTokens.partner(PARTNER));
    }

    @Test
    void aChangeThroughAnotherReplicaIsReadOnceItsEventArrivesAndAtOnceByAClientThatAsksForTheOrigin() throws SQLException {
        await().atMost(Duration.ofSeconds(30)).until(heads::isFollowing);
        String id = asPartner().contentType(ContentType.JSON).body(PlanBodies.seedCase(4)).post("/api/v1/plans")
                .then().statusCode(201).header("ETag", "\"1\"").extract().path("id");
        asPartner().get("/api/v1/plans/" + id).then().statusCode(200).header("ETag", "\"1\"");

        anotherReplicaCommitsVersion2(UUID.fromString(id));

        // Until its event arrives this replica holds version 1 as current; a client can insist on the database.
        asPartner().get("/api/v1/plans/" + id).then().statusCode(200).header("ETag", "\"1\"");
        asPartner().header("Cache-Control", "no-cache").get("/api/v1/plans/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("id", equalTo(id));
        asPartner().header("Cache-Control", "max-age=0").header("If-None-Match", "\"2\"").get("/api/v1/plans/" + id)
                .then().statusCode(304);

        EventFeed.send(Topics.PLAN_EVENTS, id, EventTypes.PLAN_ADJUSTED, """
                {"planId":"%s","partner":"%s","version":2,"cause":"feedback","session":1,"exercise":null,
                 "changes":["session 2: fewer sets"],"exercises":[]}""".formatted(id, PARTNER));

        // Held for ten minutes in tests: only the event explains the read moving on.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                asPartner().get("/api/v1/plans/" + id).then().statusCode(200).header("ETag", "\"2\""));
    }

    @Test
    void aVersionWrittenHereIsReadAtOnceAndAnotherPartnersPlanStaysHidden() {
        await().atMost(Duration.ofSeconds(30)).until(heads::isFollowing);
        String id = asPartner().contentType(ContentType.JSON).body(PlanBodies.seedCase(4)).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        asPartner().get("/api/v1/plans/" + id).then().statusCode(200).header("ETag", "\"1\"");

        asPartner().contentType(ContentType.JSON).body("{\"completed\":true,\"effort\":8,\"painDuring\":7,\"painNextDay\":6}")
                .post("/api/v1/plans/" + id + "/sessions/1/feedback").then().statusCode(200);

        asPartner().get("/api/v1/plans/" + id).then().statusCode(200).header("ETag", "\"2\"");
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        assertThat(text).containsPattern("kinetic_plan_heads_following(\\{[^}]*\\})? 1\\.0")
                .containsPattern("kinetic_plan_heads_reads_total\\{[^}]*from=\"memory\"[^}]*\\} [1-9]");
        given().auth().oauth2(TestTokens.partner("partner-other")).get("/api/v1/plans/" + id).then().statusCode(404);
    }

    /** A new version as another replica's transaction commits it: the version row, then the plan's head. */
    private void anotherReplicaCommitsVersion2(UUID plan) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement version = connection.prepareStatement("""
                    insert into plan_version (plan_id, version, cause, changes, document, created_at)
                    select plan_id, 2, 'feedback', '[]'::jsonb, document, now() from plan_version where plan_id = ? and version = 1""")) {
                version.setObject(1, plan);
                version.executeUpdate();
            }
            try (PreparedStatement head = connection.prepareStatement("update plan set version = 2 where id = ?")) {
                head.setObject(1, plan);
                head.executeUpdate();
            }
        }
    }
}

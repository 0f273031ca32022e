package dev.kinetic.content.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.kinetic.content.ContentServiceTest;
import dev.kinetic.content.application.ScheduledPublisher;
import dev.kinetic.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** A scheduled article is published once when due, however many pollers race for it. */
@ContentServiceTest
class ScheduledPublishingIT {

    @Inject
    ScheduledPublisher publisher;

    @Inject
    DataSource dataSource;

    private String draft(String title) {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT)
                .body(title + "\n\nA short paragraph about hip strength for a scheduling test.")
                .post("/api/v1/articles/ingest").then().statusCode(201).extract().path("article.slug");
    }

    @Test
    void dueArticlesArePublishedExactlyOnceEvenWhenPollersRace() throws Exception {
        String slug = draft("Scheduled Piece " + UUID.randomUUID().toString().substring(0, 6));
        Instant at = Instant.now().plusSeconds(2);
        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("publishAt", at.toString())).post("/api/v1/articles/" + slug + "/schedule").then()
                .statusCode(200).body("status", equalTo("scheduled"));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);

        while (Instant.now().isBefore(at)) {
            Thread.sleep(50);
        }
        var pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            racers.add(pool.submit((Callable<Integer>) publisher::publishDueNow));
        }
        for (Future<Integer> racer : racers) {
            racer.get();
        }
        pool.shutdown();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/api/v1/articles/" + slug).then().statusCode(200).body("status", equalTo("published")));
        assertThat(count("SELECT count(*) FROM platform.outbox_event WHERE event_type = 'dev.kinetic.article.published.v1' "
                + "AND message_key = (SELECT id::text FROM article WHERE slug = '" + slug + "')")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM article_revision WHERE status = 'published' "
                + "AND article_id = (SELECT id FROM article WHERE slug = '" + slug + "')")).isEqualTo(1);
    }

    @Test
    void aPastPublishAtIsRefused() {
        String slug = draft("Late Piece " + UUID.randomUUID().toString().substring(0, 6));
        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("publishAt", Instant.now().minusSeconds(60).toString()))
                .post("/api/v1/articles/" + slug + "/schedule").then()
                .statusCode(409).body("type", equalTo("https://kinetic.dev/problems/invalid-transition"));
    }

    private long count(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

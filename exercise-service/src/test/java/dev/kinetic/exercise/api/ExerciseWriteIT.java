package dev.kinetic.exercise.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.exercise.ExerciseServiceTest;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import dev.kinetic.platform.testing.TestTokens;
import dev.kinetic.contracts.EventTypes;
import dev.kinetic.platform.testing.EventContracts;
import dev.kinetic.platform.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** Editor writes: validation, optimistic locking, retirement, and the catalog events they publish. */
@ExerciseServiceTest
class ExerciseWriteIT {

    private static final String EXERCISES = "/api/v1/exercises";
    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    ExerciseRepository repository;

    private static String body(String slug, String name, String progression) {
        return """
                {"slug":"%s","name":"%s","aliases":["%s alias"],"summary":"Test exercise",
                 "instructions":["Stand tall.","Move well."],"cues":["Breathe."],"mistakes":[],
                 "primaryMuscles":["gluteus-medius"],"secondaryMuscles":["gluteus-minimus"],"equipment":["mini-band"],
                 "pattern":"hip-abduction","level":"beginner","mechanic":"isolation","laterality":"unilateral",
                 "position":"standing","spinalLoad":"none","dosage":{"sets":2,"repsMin":10,"repsMax":15},
                 "contraindications":[{"condition":"hip-pain","severity":"caution","reason":"Stay pain-free."}],
                 "regression":"clamshell","progression":%s,"media":[]}"""
                .formatted(slug, name, name, progression == null ? "null" : "\"" + progression + "\"");
    }

    @Test
    void editorLifecycleBumpsVersionsAndPublishesFullStateEvents() throws Exception {
        String slug = "standing-band-abduction-" + UUID.randomUUID().toString().substring(0, 8);
        String editor = TestTokens.editor();

        String etag = given().auth().oauth2(editor).contentType(ContentType.JSON).body(body(slug, "Standing band abduction", null))
                .post(EXERCISES).then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(EXERCISES + "/" + slug))
                .body("version", equalTo(1))
                .body("status", equalTo("active"))
                .body("review.status", equalTo("approved"))
                .body("origin.kind", equalTo("curated"))
                .extract().header("ETag");
        given().get(EXERCISES + "/" + slug + "/ladder").then().body("slug", equalTo(List.of("clamshell", slug)));
        given().queryParam("muscle", "hip-abductors").queryParam("size", 100).get(EXERCISES).then()
                .body("items.exercise.slug", hasItem(slug));
        given().queryParam("q", "renamed").get(EXERCISES + "/search").then().body("hits.exercise.slug", not(hasItem(slug)));

        given().auth().oauth2(editor).contentType(ContentType.JSON).body(body(slug, "Renamed abduction", null))
                .put(EXERCISES + "/" + slug).then()
                .statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://kinetic.dev/problems/precondition-required"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(body(slug, "Renamed abduction", null)).put(EXERCISES + "/" + slug).then()
                .statusCode(412).body("type", equalTo("https://kinetic.dev/problems/precondition-failed"));
        String etag2 = given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body(slug, "Renamed abduction", null)).put(EXERCISES + "/" + slug).then()
                .statusCode(200).body("version", equalTo(2)).body("name", equalTo("Renamed abduction"))
                .extract().header("ETag");
        // Answers cached for the old catalog revision (this search, the list above) are not served after a change.
        given().queryParam("q", "renamed").get(EXERCISES + "/search").then().body("hits.exercise.slug", hasItem(slug));
        // The first ETag is stale now: a second writer holding it must not overwrite the rename.
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body(slug, "Lost update", null)).put(EXERCISES + "/" + slug).then().statusCode(412);

        given().auth().oauth2(editor).header("If-Match", etag2).delete(EXERCISES + "/" + slug).then()
                .statusCode(200).body("status", equalTo("retired")).body("version", equalTo(3));
        given().get(EXERCISES + "/" + slug).then().statusCode(200).body("status", equalTo("retired"));
        given().queryParam("size", 100).queryParam("muscle", "hip-abductors").get(EXERCISES).then()
                .body("items.exercise.slug", not(hasItem(slug)));

        List<ConsumerRecord<String, String>> events = TopicReader.withKey("exercise-catalog", slug, 3);
        assertThat(events).extracting(ConsumerRecord::key).containsOnly(slug);
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "dev.kinetic.exercise.upserted.v1", "dev.kinetic.exercise.upserted.v1", "dev.kinetic.exercise.retired.v1");
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_source")).containsOnly("/exercise-service");
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_subject")).containsOnly(slug);
        List<Integer> versions = new ArrayList<>();
        for (ConsumerRecord<String, String> event : events) {
            JsonNode data = mapper.readTree(event.value());
            assertThat(EventContracts.violations(TopicReader.header(event, "ce_type"), event.value()))
                    .as("schema violations of %s", event.value()).isEmpty();
            versions.add(data.get("version").asInt());
        }
        assertThat(versions).containsExactly(1, 2, 3);
    }

    /**
     * A write through another replica reaches this one's reads within the refresh interval (1 s here), though the
     * reads are answered on the event loop and never wait for the database: the look for it runs on a worker.
     */
    @Test
    void anotherReplicasWriteIsReadWithinTheRefreshInterval() {
        String slug = "other-replica-move-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(body(slug, "Other replica move", null))
                .post(EXERCISES).then().statusCode(201);
        given().queryParam("q", "other replica move").get(EXERCISES + "/search").then().body("hits.exercise.slug", hasItem(slug));

        // What another replica's retirement leaves in the database: the new version and the catalog's next revision,
        // and no event in this replica.
        QuarkusTransaction.requiringNew().run(() -> {
            Exercise held = repository.findForUpdate(slug).orElseThrow();
            repository.save(held.withStatus(ExerciseStatus.RETIRED, held.version() + 1), "another-replica");
            repository.bumpCatalogRevision();
        });

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get(EXERCISES + "/" + slug).then().statusCode(200).body("status", equalTo("retired")));
        given().queryParam("q", "other replica move").get(EXERCISES + "/search").then().statusCode(200)
                .body("hits.exercise.slug", not(hasItem(slug)));
    }

    @Test
    void theCatalogsVocabulariesArePublishedOnItsTopicAndInItsSnapshot() throws Exception {
        ConsumerRecord<String, String> event = TopicReader.withKey("exercise-catalog", "vocabulary", 1).get(0);
        assertThat(TopicReader.header(event, "ce_type")).isEqualTo(EventTypes.CATALOG_VOCABULARY);
        EventContracts.assertValid(EventTypes.CATALOG_VOCABULARY, event.value());
        JsonNode vocabulary = mapper.readTree(event.value());
        List<String> conditions = new ArrayList<>();
        vocabulary.get("conditions").forEach(c -> conditions.add(c.get("slug").asText()));
        assertThat(conditions).hasSize(dev.kinetic.exercise.domain.Condition.values().length)
                .contains("low-back-pain", "shoulder-pain", "wrist-pain", "hypertension");
        assertThat(given().get(EXERCISES + "/snapshot").then().statusCode(200).extract().<List<String>>path("vocabulary.equipment.slug"))
                .contains("mini-band", "bodyweight");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(body("vocabulary", "Vocabulary", null))
                .post(EXERCISES).then().statusCode(400).body("violations.field", hasItem("slug"));
    }

    @Test
    void theSchemaRejectsWhatItShould() throws Exception {
        JsonNode valid = mapper.readTree(given().get(EXERCISES + "/glute-bridge").then().extract().asString());
        assertThat(EventContracts.violations(EventTypes.EXERCISE_UPSERTED, valid.toString())).isEmpty();
        var missingVersion = valid.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) missingVersion).remove("version");
        assertThat(EventContracts.violations(EventTypes.EXERCISE_UPSERTED, missingVersion.toString())).isNotEmpty();
    }

    @Test
    void invalidExerciseNamesEveryOffendingField() {
        String bad = body("bad-one", "Bad one", null)
                .replace("\"gluteus-medius\"", "\"glutez\"")
                .replace("\"hip-abduction\"", "\"wiggle\"")
                .replace("\"regression\":\"clamshell\"", "\"regression\":\"no-such-exercise\"");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(bad).post(EXERCISES).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kinetic.dev/problems/validation-failed"))
                .body("violations.field", hasItems("primaryMuscles[0]", "pattern"));
        String badNames = body("bad-names", "Bad names", null).replace("\"aliases\"", "\"names\":{\"spanish\":{\"name\":\"Malo\"},"
                + "\"fr\":{\"name\":\" \"}},\"aliases\"");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(badNames).post(EXERCISES).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("names", "names.fr.name"));
        String danglingLink = body("dangling-link", "Dangling", "no-such-exercise");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(danglingLink).post(EXERCISES).then()
                .statusCode(400).body("violations.field", hasItem("progression"));
        given().get(EXERCISES + "/dangling-link").then().statusCode(404);
    }

    @Test
    void aHugeRequestIsRefusedWholeAndTheNextEditStillReachesTheTopic() {
        String slug = "huge-media-" + UUID.randomUUID().toString().substring(0, 8);
        String editor = TestTokens.editor();
        String etag = given().auth().oauth2(editor).contentType(ContentType.JSON).body(body(slug, "Huge media", null))
                .post(EXERCISES).then().statusCode(201).extract().header("ETag");
        StringBuilder media = new StringBuilder();
        for (int i = 0; i < 12_000; i++) {
            media.append(i == 0 ? "" : ",").append("{\"url\":\"https://media.example.org/").append(i)
                    .append(".jpg\",\"type\":\"image\",\"licence\":\"CC0-1.0\",\"attribution\":\"Someone\"}");
        }
        String huge = body(slug, "Huge media", null).replace("\"media\":[]", "\"media\":[" + media + "]");
        assertThat(huge.length()).isGreaterThan(1_000_000);
        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", etag).body(huge).put(EXERCISES + "/" + slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("media"));
        given().get(EXERCISES + "/" + slug).then().body("version", equalTo(1)).body("media", org.hamcrest.Matchers.hasSize(0));

        given().auth().oauth2(editor).contentType(ContentType.JSON).header("If-Match", etag)
                .body(body(slug, "Huge media renamed", null)).put(EXERCISES + "/" + slug).then().statusCode(200);
        List<ConsumerRecord<String, String>> events = TopicReader.withKey("exercise-catalog", slug, 2);
        assertThat(events.get(1).value()).contains("Huge media renamed");
    }

    @Test
    void everyProblemOfARequestIsReportedInOneAnswer() {
        String bad = body("all-at-once", "x".repeat(200), null)
                .replace("\"gluteus-medius\"", "\"glutez\"")
                .replace("\"aliases\":[\"" + "x".repeat(200) + " alias\"]", "\"aliases\":[\"two\\nlines\"]")
                .replace("\"media\":[]", "\"media\":[{\"url\":\"javascript:alert(1)\",\"type\":\"image\",\"licence\":\"CC0-1.0\"}]")
                .replace("\"instructions\":[\"Stand tall.\",", "\"instructions\":[\"Stand\\u0007 tall.\",");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(bad).post(EXERCISES).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name", "aliases[0]", "primaryMuscles[0]", "media[0].url", "instructions[0]"));
        given().get(EXERCISES + "/all-at-once").then().statusCode(404);
        given().urlEncodingEnabled(false).get(EXERCISES + "/clam%00shell").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void duplicateSlugIsAConflictAndReservedSlugsAreRefused() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(body("side-plank", "Again", null))
                .post(EXERCISES).then().statusCode(409);
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(body("search", "Search", null))
                .post(EXERCISES).then().statusCode(400).body("violations.field", hasItem("slug"));
    }

    @Test
    void writesNeedTheEditorRole() {
        given().contentType(ContentType.JSON).body(body("anon-move", "Anon", null)).post(EXERCISES).then().statusCode(401);
        given().auth().oauth2(TestTokens.partner("acme")).contentType(ContentType.JSON).body(body("partner-move", "P", null))
                .post(EXERCISES).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("acme")).header("If-Match", "\"1\"").delete(EXERCISES + "/clamshell").then()
                .statusCode(403);
        given().get(EXERCISES + "/clamshell").then().body("status", equalTo("active"));
    }



}

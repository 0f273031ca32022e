package dev.kinetic.exercise.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.kinetic.exercise.ExerciseServiceTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;

/** Public reads of the seeded catalog: filters, search, ETags, ladders, vocabularies. */
@ExerciseServiceTest
class ExerciseReadIT {

    private static final String EXERCISES = "/api/v1/exercises";

    @Test
    void seedCatalogIsLoadedWithTheArticlesFiveExercises() {
        given().queryParam("size", 100).get(EXERCISES).then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(40))
                .body("items.exercise.slug", hasItems("bodyweight-squat", "reverse-lunge", "hip-thrust", "forearm-plank",
                        "glute-bridge", "clamshell", "dead-bug", "bird-dog", "half-kneeling-hip-flexor-stretch"));
    }

    @Test
    void muscleGroupExpandsToGluteusMediusWork() {
        given().queryParam("muscle", "glutes").queryParam("size", 100).get(EXERCISES).then()
                .statusCode(200)
                .body("items.exercise.slug", hasItems("clamshell", "banded-lateral-walk", "glute-bridge"))
                .body("items.exercise.slug", not(hasItem("dead-bug")));
    }

    @Test
    void equipmentFilterKeepsOnlyWhatTheOwnedKitAllows() {
        JsonPath page = given().queryParam("equipment", "mini-band").queryParam("equipment", "dumbbell")
                .queryParam("size", 100).get(EXERCISES).then().statusCode(200).extract().jsonPath();
        List<List<String>> equipment = page.getList("items.exercise.equipment");
        assertThat(equipment).isNotEmpty().allSatisfy(needs ->
                assertThat(needs).isSubsetOf("mini-band", "dumbbell", "bodyweight"));
        assertThat(page.getList("items.exercise.slug", String.class))
                .contains("banded-lateral-walk", "goblet-squat", "glute-bridge")
                .doesNotContain("barbell-hip-thrust", "hip-thrust");
    }

    @Test
    void safeForDropsAvoidAndMarksCaution() {
        JsonPath page = given().queryParam("safeFor", "low-back-pain").queryParam("size", 100).get(EXERCISES).then()
                .statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.exercise.slug", String.class))
                .doesNotContain("stability-ball-rollout")
                .contains("barbell-back-squat", "dead-bug");
        List<Map<String, Object>> items = page.getList("items");
        Map<String, Object> squat = items.stream()
                .filter(i -> ((Map<?, ?>) i.get("exercise")).get("slug").equals("barbell-back-squat")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> caution = (Map<String, Object>) squat.get("caution");
        assertThat(caution).containsEntry("severity", "caution").containsEntry("condition", "low-back-pain");
    }

    @Test
    void maxLevelAndPatternCombine() {
        given().queryParam("maxLevel", "beginner").queryParam("pattern", "hip-abduction").get(EXERCISES).then()
                .statusCode(200)
                .body("items.exercise.level", everyItem(equalTo("beginner")))
                .body("items.exercise.pattern", everyItem(equalTo("hip-abduction")))
                .body("items.exercise.slug", hasItems("clamshell", "side-lying-hip-abduction"));
    }

    @Test
    void paginationReportsTheTotal() {
        int total = given().get(EXERCISES).then().extract().path("total");
        given().queryParam("size", 5).queryParam("page", 1).queryParam("sort", "-name").get(EXERCISES).then()
                .statusCode(200)
                .body("items.size()", equalTo(5))
                .body("page", equalTo(1))
                .body("total", equalTo(total));
    }

    @Test
    void unknownFilterValuesAreNamed() {
        given().queryParam("muscle", "glutez").queryParam("safeFor", "bad-knees").get(EXERCISES).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("muscle", "safeFor"));
        given().queryParam("size", 500).get(EXERCISES).then().statusCode(400).body("violations.field", hasItem("size"));
    }

    @ParameterizedTest
    @CsvSource({
            "hip thrusts, hip-thrust",
            "glute bridges, glute-bridge",
            "clams, clamshell",
            "dedbug, dead-bug",
            "planks, forearm-plank",
            "lunges, reverse-lunge",
            "squats, bodyweight-squat",
            "hip flexor stretch, half-kneeling-hip-flexor-stretch" })
    void searchToleratesPluralsAliasesAndTypos(String query, String expectedSlug) {
        List<String> slugs = given().queryParam("q", query).get(EXERCISES + "/search").then()
                .statusCode(200).extract().jsonPath().getList("hits.exercise.slug", String.class);
        assertThat(slugs).as("results for '%s'", query).isNotEmpty();
        assertThat(slugs.subList(0, Math.min(3, slugs.size()))).as("top results for '%s'", query).contains(expectedSlug);
    }

    @Test
    void seedExercisesCarryTheirNamesInOtherLanguagesAndAreFoundByThem() {
        given().get(EXERCISES + "/glute-bridge").then()
                .statusCode(200)
                .body("names.es.name", equalTo("Puente de glúteos"))
                .body("names.fr.name", equalTo("Pont fessier"))
                .body("names.de.aliases", hasItem("Beckenheben"));
        List<String> slugs = given().queryParam("q", "sentadilla goblet").get(EXERCISES + "/search").then()
                .statusCode(200).extract().jsonPath().getList("hits.exercise.slug", String.class);
        assertThat(slugs).contains("goblet-squat");
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void listsAndSearchesGoGzippedToAClientThatTakesItAndPlainToOneThatDoesNot() throws Exception {
        // java.net.http sends no Accept-Encoding of its own and decodes nothing, so the bytes are as sent.
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of(EXERCISES + "/search?q=glute+bridge", EXERCISES + "?muscle=gluteus-maximus&pattern=hip-extension&size=5")) {
            HttpResponse<byte[]> plain = http.send(get(path, null), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> identity = http.send(get(path, "identity"), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzip = http.send(get(path, "gzip, deflate, br"), HttpResponse.BodyHandlers.ofByteArray());
            // An element of parameters alone is read as naming nothing, not as an error.
            HttpResponse<byte[]> stray = http.send(get(path, "gzip,;"), HttpResponse.BodyHandlers.ofByteArray());
            for (HttpResponse<byte[]> r : List.of(plain, identity, gzip, stray)) {
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
                assertThat(r.headers().allValues("Vary")).as(path).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
            }
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(identity.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(stray.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            String json = new String(plain.body(), StandardCharsets.UTF_8);
            assertThat(json).as(path).contains("\"slug\":\"glute-bridge\"");
            assertThat(new String(identity.body(), StandardCharsets.UTF_8)).isEqualTo(json);
            assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes(), StandardCharsets.UTF_8))
                    .as(path).isEqualTo(json);
            assertThat(gzip.body().length).as(path).isLessThan(json.length() / 2);
        }
    }

    private HttpRequest get(String path, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path));
        return (acceptEncoding == null ? request : request.header("Accept-Encoding", acceptEncoding)).GET().build();
    }

    @Test
    void exerciseHasAnETagAndAnswersNotModified() {
        String etag = given().get(EXERCISES + "/glute-bridge").then()
                .statusCode(200)
                .body("slug", equalTo("glute-bridge"))
                .body("primaryMuscles", hasItem("gluteus-maximus"))
                .extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().header("If-None-Match", etag).get(EXERCISES + "/glute-bridge").then().statusCode(304);
        given().get(EXERCISES + "/no-such-exercise").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void ladderGoesFromBridgeToLoadedHipThrust() {
        given().get(EXERCISES + "/hip-thrust/ladder").then()
                .statusCode(200)
                .body("slug", equalTo(List.of("glute-bridge", "single-leg-glute-bridge", "hip-thrust", "barbell-hip-thrust")));
    }

    @Test
    void snapshotHasEveryActiveExerciseAndTheRevision() {
        given().get(EXERCISES + "/snapshot").then()
                .statusCode(200)
                .body("revision", greaterThanOrEqualTo(1))
                .body("count", greaterThanOrEqualTo(40))
                .body("exercises.status", everyItem(equalTo("active")));
    }

    @Test
    void vocabulariesAreServedWithLabels() {
        given().get("/api/v1/muscles").then().statusCode(200)
                .body("find { it.slug == 'gluteus-medius' }.groups", hasItems("glutes", "hip-abductors"))
                .body("find { it.slug == 'iliopsoas' }.label", equalTo("Iliopsoas"));
        given().get("/api/v1/equipment").then().statusCode(200).body("slug", hasItems("bodyweight", "mini-band", "kettlebell"));
        given().get("/api/v1/exercises/conditions").then().statusCode(200)
                .body("slug", hasItems("low-back-pain", "anterior-pelvic-tilt", "pregnancy"));
        given().get("/api/v1/exercises/patterns").then().statusCode(200)
                .body("slug", hasItems("hip-extension", "anti-rotation", "anti-lateral-flexion"));
        given().get("/api/v1/muscles/groups").then().statusCode(200).body("slug", hasItem(in(List.of("hip-flexors"))));
    }

    @Test
    void theWholeCatalogSnapshotIsRationedPerClient() {
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", "203.0.113.9").get(EXERCISES + "/snapshot").then().statusCode(200)
                    .header("RateLimit-Policy", "\"catalog-snapshot\";q=2;w=60");
        }
        given().header("X-Forwarded-For", "203.0.113.9").get(EXERCISES + "/snapshot").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]\\d*"));
        given().header("X-Forwarded-For", "203.0.113.10").get(EXERCISES + "/snapshot").then().statusCode(200);
    }
}

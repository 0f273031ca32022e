package dev.kinetic.exercise.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import dev.kinetic.exercise.ExerciseServiceTest;
import dev.kinetic.exercise.application.UpsertExercises;
import dev.kinetic.exercise.application.CatalogSeed;
import dev.kinetic.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@ExerciseServiceTest
class ExerciseImportIT {

    private static final String IMPORT = "/api/v1/exercises/import";

    @Inject
    UpsertExercises editor;

    @Inject
    CatalogSeed seed;

    private static byte[] sample() throws Exception {
        try (InputStream in = ExerciseImportIT.class.getResourceAsStream("/import/free-exercise-db-sample.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void freeExerciseDbImportReportsEachRecordAndIsIdempotent() throws Exception {
        byte[] file = sample();
        String editorToken = TestTokens.editor();

        given().auth().oauth2(editorToken).contentType(ContentType.JSON).body(file)
                .queryParam("format", "free-exercise-db").queryParam("dryRun", true)
                .post(IMPORT).then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("received", equalTo(8))
                .body("created", equalTo(4))
                .body("rejected", equalTo(4));
        given().get("/api/v1/exercises/fedb-band-side-steps").then().statusCode(404);

        given().auth().oauth2(editorToken).contentType(ContentType.JSON).body(file)
                .queryParam("format", "free-exercise-db")
                .post(IMPORT).then()
                .statusCode(200)
                .body("created", equalTo(4))
                .body("items.find { it.sourceId == 'Mystery_Move' }.reason", containsString("no instructions"))
                .body("items.find { it.sourceId == 'Wrong_Muscle' }.reason", containsString("glutez"))
                .body("items.find { it.sourceId == 'Levelless' }.outcome", equalTo("rejected"))
                .body("items.find { it.sourceId == 'Band_Side_Steps' }.notes", hasItem(containsString("not imported: no known licence")));

        given().get("/api/v1/exercises/fedb-band-side-steps").then()
                .statusCode(200)
                .body("primaryMuscles", hasItems("gluteus-medius", "gluteus-minimus"))
                .body("secondaryMuscles", equalTo(java.util.List.of("gluteus-maximus")))
                .body("equipment", equalTo(java.util.List.of("resistance-band")))
                .body("media.size()", equalTo(0))
                .body("origin.kind", equalTo("imported"))
                .body("origin.dataSet", equalTo("free-exercise-db"))
                .body("origin.recordId", equalTo("Band_Side_Steps"));
        given().get("/api/v1/exercises/clamshell").then().body("origin.kind", equalTo("curated"));
        given().queryParam("muscle", "glutes").queryParam("size", 100).get("/api/v1/exercises").then()
                .body("items.exercise.slug", hasItem("fedb-band-side-steps"));

        given().auth().oauth2(editorToken).contentType(ContentType.JSON).body(file)
                .queryParam("format", "free-exercise-db")
                .post(IMPORT).then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(4))
                .body("items.findAll { it.outcome == 'unchanged' }.version", everyItem(equalTo(1)));
    }

    @Test
    void kineticFormatImportsLadderLinksWithinTheFile() {
        String file = """
                [{"slug":"import-base","name":"Import base","instructions":["Go."],"primaryMuscles":["gluteus-maximus"],
                  "equipment":["bodyweight"],"pattern":"hip-extension","level":"beginner","mechanic":"compound",
                  "laterality":"bilateral","position":"supine","spinalLoad":"low","dosage":{"sets":2,"repsMin":8,"repsMax":12},
                  "progression":"import-next"},
                 {"slug":"import-next","name":"Import next","instructions":["Go on."],"primaryMuscles":["gluteus-maximus"],
                  "equipment":["bench"],"pattern":"hip-extension","level":"intermediate","mechanic":"compound",
                  "laterality":"bilateral","position":"seated","spinalLoad":"low","dosage":{"sets":3,"repsMin":8,"repsMax":12},
                  "regression":"import-base"},
                 {"slug":"import-orphan","name":"Orphan","instructions":["Go."],"primaryMuscles":["gluteus-maximus"],
                  "equipment":["bodyweight"],"pattern":"hip-extension","level":"beginner","mechanic":"compound",
                  "laterality":"bilateral","position":"supine","spinalLoad":"low","dosage":{"sets":2,"repsMin":8,"repsMax":12},
                  "progression":"does-not-exist"}]""";
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(file).post(IMPORT).then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("rejected", equalTo(1))
                .body("items.find { it.sourceId == 'import-orphan' }.reason", containsString("does-not-exist"));
        // A record Jackson cannot read is rejected in the client's terms, never with the server's class names.
        String reason = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("[{\"slug\":\"import-unreadable\",\"instructions\":\"Go.\"}]").post(IMPORT + "?dryRun=true").then()
                .statusCode(200).extract().path("items[0].reason");
        org.assertj.core.api.Assertions.assertThat(reason).contains("instructions").contains("expected an array")
                .doesNotContain("java.").doesNotContain("dev.kinetic");
        given().get("/api/v1/exercises/import-base/ladder").then().body("slug", equalTo(java.util.List.of("import-base", "import-next")));
    }

    @Test
    void malformedFileIsAPreciseProblem() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("[{\"id\": \"x\",, }]")
                .queryParam("format", "free-exercise-db").post(IMPORT).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kinetic.dev/problems/malformed-request"))
                .body("detail", containsString("line"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("{\"id\": \"x\"}")
                .queryParam("format", "free-exercise-db").post(IMPORT).then()
                .statusCode(400).body("violations.field", hasItem("request"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("[]")
                .queryParam("format", "csv").post(IMPORT).then()
                .statusCode(400).body("violations.field", hasItem("format"));
        given().auth().oauth2(TestTokens.partner("acme")).contentType(ContentType.JSON).body("[]").post(IMPORT).then()
                .statusCode(403);
    }

    private static String record(String id, String name) {
        return """
                {"id":"%s","name":"%s","force":"push","level":"beginner","mechanic":"compound","equipment":"body only",
                 "primaryMuscles":["glutes"],"secondaryMuscles":[],"instructions":["Do it slowly."],"category":"strength","images":[]}"""
                .formatted(id, name);
    }

    @Test
    void importedRecordsWaitForAnEditorWhoApprovesOrRejectsThem() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String a = "Review_A_" + suffix;
        String b = "Review_B_" + suffix;
        String c = "Review_C_" + suffix;
        String editorToken = TestTokens.editor();
        given().auth().oauth2(editorToken).contentType(ContentType.JSON)
                .body("[" + record(a, "Review move A " + suffix) + "," + record(b, "Review move B " + suffix) + ","
                        + record(c, "Review move C " + suffix) + "]")
                .queryParam("format", "free-exercise-db").post(IMPORT).then().statusCode(200).body("created", equalTo(3));
        String slugA = "fedb-review-a-" + suffix;
        String slugB = "fedb-review-b-" + suffix;
        String slugC = "fedb-review-c-" + suffix;
        given().get("/api/v1/exercises/" + slugA).then()
                .body("review.status", equalTo("unreviewed"))
                .body("inferences.field", hasItems("pattern", "position", "spinalLoad", "contraindications"));
        given().get("/api/v1/exercises/clamshell").then().body("review.status", equalTo("approved"));

        java.util.List<String> queued = given().auth().oauth2(editorToken).queryParam("size", 100)
                .get("/api/v1/exercises/reviews").then().statusCode(200)
                .body("items[0].inferences[0].evidence", containsString("name"))
                .extract().jsonPath().getList("items.slug", String.class);
        org.assertj.core.api.Assertions.assertThat(queued).contains(slugA, slugB, slugC).doesNotContain("clamshell");
        given().get("/api/v1/exercises/reviews").then().statusCode(401);
        given().auth().oauth2(editorToken).queryParam("status", "maybe").get("/api/v1/exercises/reviews").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("status"));

        given().auth().oauth2(editorToken).contentType(ContentType.JSON).body("{\"note\":\"checked\"}")
                .post("/api/v1/exercises/" + slugA + "/approve").then().statusCode(428);
        given().auth().oauth2(editorToken).contentType(ContentType.JSON).header("If-Match", "\"1\"").body("{\"note\":\"needs a partner\"}")
                .post("/api/v1/exercises/" + slugA + "/reject").then().statusCode(200)
                .body("review.status", equalTo("rejected"))
                .body("review.note", equalTo("needs a partner"))
                .body("version", equalTo(2));

        given().auth().oauth2(editorToken).contentType(ContentType.JSON)
                .body("{\"slugs\":[\"" + slugA + "\",\"" + slugB + "\",\"" + slugC + "\",\"no-such-" + suffix + "\"],"
                        + "\"versions\":{\"" + slugC + "\":7},\"note\":\"batch looked through\"}")
                .post("/api/v1/exercises/approvals").then().statusCode(200)
                .body("approved", equalTo(1))
                .body("stale", equalTo(2))
                .body("notFound", equalTo(1))
                .body("items.find { it.slug == '" + slugB + "' }.outcome", equalTo("approved"))
                .body("items.find { it.slug == '" + slugA + "' }.outcome", equalTo("stale"))
                .body("items.find { it.slug == '" + slugC + "' }.outcome", equalTo("stale"));
        given().get("/api/v1/exercises/" + slugB).then().body("review.status", equalTo("approved")).body("review.by", notNullValue());
        given().get("/api/v1/exercises/" + slugC).then().body("review.status", equalTo("unreviewed"));
    }

    @Test
    void reseedingChangesNothing() {
        var outcomes = editor.upsertAll(seed.exercises(), "kinetic-seed", false, editor.seedReview());
        org.assertj.core.api.Assertions.assertThat(outcomes).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(o -> org.assertj.core.api.Assertions.assertThat(o.kind()).isEqualTo(UpsertExercises.Outcome.Kind.UNCHANGED));
    }
}

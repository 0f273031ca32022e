package dev.kinetic.exercise.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import dev.kinetic.exercise.ExerciseServiceTest;
import dev.kinetic.exercise.application.CatalogSeed;
import dev.kinetic.exercise.application.KineticFormat;
import dev.kinetic.exercise.application.UpsertExercises;
import jakarta.inject.Inject;

/** The seed catalog is applied once per version of its file, however often the service starts. */
@ExerciseServiceTest
class CatalogSeedIT {

    private static final String SLUG = "band-pull-apart";
    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    CatalogSeed seed;

    @Inject
    UpsertExercises editor;

    @Inject
    KineticFormat kinetic;

    @Test
    void aFileAppliedBeforeLeavesAnEditorsChangeAndAChangedFileIsApplied() throws Exception {
        byte[] file = seed.file();
        try {
            editor.upsertAll(kinetic.readAll(new ByteArrayInputStream(withSummary(file, "Edited by an editor."))), "editor@kinetic.test",
                    false, editor.seedReview());
            assertThat(seed.apply(file)).as("the release's file was applied at start-up").isEmpty();
            assertThat(storedSummary()).isEqualTo("Edited by an editor.");

            byte[] changed = withSummary(file, "A summary the next release writes.");
            assertThat(seed.apply(changed)).hasValueSatisfying(outcomes -> assertThat(outcomes)
                    .filteredOn(o -> o.kind() != UpsertExercises.Outcome.Kind.UNCHANGED)
                    .extracting(UpsertExercises.Outcome::slug).containsExactly(SLUG));
            assertThat(storedSummary()).isEqualTo("A summary the next release writes.");
            assertThat(seed.apply(changed)).as("applied once").isEmpty();
        } finally {
            editor.upsertAll(seed.exercises(), "kinetic-seed", false, editor.seedReview());
        }
    }

    private String storedSummary() {
        return given().get("/api/v1/exercises/" + SLUG).then().statusCode(200).extract().path("summary");
    }

    /** The seed file with one exercise's summary rewritten. */
    private byte[] withSummary(byte[] file, String summary) throws Exception {
        ArrayNode records = (ArrayNode) mapper.readTree(file);
        records.forEach(record -> {
            if (SLUG.equals(record.path("slug").asText())) {
                ((ObjectNode) record).put("summary", summary);
            }
        });
        return mapper.writeValueAsBytes(records);
    }
}

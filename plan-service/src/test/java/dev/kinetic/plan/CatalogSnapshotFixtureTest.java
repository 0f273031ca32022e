package dev.kinetic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.platform.testing.EventContracts;

/** The stand-in for exercise-service's snapshot holds exercises and vocabularies exactly as exercise-service emits them. */
class CatalogSnapshotFixtureTest {

    @Test
    void everyExerciseOfTheSnapshotFixtureFollowsTheProducersSchema() throws Exception {
        try (InputStream in = CatalogSnapshotFixtureTest.class.getResourceAsStream("/catalog-snapshot.json")) {
            JsonNode snapshot = new ObjectMapper().readTree(in);
            assertThat(EventContracts.violations(EventTypes.CATALOG_VOCABULARY, snapshot.get("vocabulary").toString())).isEmpty();
            JsonNode exercises = snapshot.get("exercises");
            assertThat(exercises).hasSizeGreaterThan(40);
            for (JsonNode exercise : exercises) {
                assertThat(EventContracts.violations(EventTypes.EXERCISE_UPSERTED, exercise.toString()))
                        .as("%s", exercise.path("slug").asText()).isEmpty();
            }
        }
    }
}

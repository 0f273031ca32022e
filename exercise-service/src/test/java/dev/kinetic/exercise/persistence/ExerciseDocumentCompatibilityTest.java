package dev.kinetic.exercise.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.kinetic.exercise.domain.Condition;
import dev.kinetic.exercise.domain.Equipment;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.domain.Muscle;
import dev.kinetic.exercise.domain.ReviewStatus;
import dev.kinetic.exercise.domain.Severity;
import dev.kinetic.platform.json.Json;

/**
 * Stored exercise documents as earlier releases wrote them still read, and today's documents keep their
 * field names: a change to the API's representation or to the events must not reach the stored rows.
 */
class ExerciseDocumentCompatibilityTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void aDocumentFromBeforeNamesOriginsAndReviewsReadsAsCuratedAndApproved() throws IOException {
        Exercise e = read("exercise-0.1.json");

        assertThat(e.slug()).isEqualTo("wall-sit-test");
        assertThat(e.version()).isEqualTo(4);
        assertThat(e.status()).isEqualTo(ExerciseStatus.ACTIVE);
        assertThat(e.names()).isEmpty();
        assertThat(e.primaryMuscles()).containsExactly(Muscle.QUADRICEPS);
        assertThat(e.dosage().holdSeconds()).isEqualTo(30);
        assertThat(e.contraindications()).singleElement().satisfies(c -> {
            assertThat(c.condition()).isEqualTo(Condition.KNEE_PAIN);
            assertThat(c.severity()).isEqualTo(Severity.CAUTION);
        });
        assertThat(e.origin().kind()).isEqualTo("curated");
        assertThat(e.review().status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(e.inferences()).isEmpty();
    }

    @Test
    void aDocumentWithEveryFieldReadsWhole() throws IOException {
        Exercise e = read("exercise-0.3.json");

        assertThat(e.status()).isEqualTo(ExerciseStatus.RETIRED);
        assertThat(e.names().get("es").aliases()).containsExactly("puente con minibanda");
        assertThat(e.equipment()).containsExactly(Equipment.MINI_BAND);
        assertThat(e.origin().recordId()).isEqualTo("Banded_Bridge");
        assertThat(e.review().by()).isEqualTo("editor-1");
        assertThat(e.review().at()).isEqualTo(Instant.parse("2026-11-20T10:15:30Z"));
        assertThat(e.inferences()).singleElement().satisfies(i -> assertThat(i.confidence()).isEqualTo("high"));
        assertThat(e.media()).singleElement().satisfies(m -> assertThat(m.licence()).isEqualTo("CC0-1.0"));
    }

    @Test
    void todaysDocumentHasTheFieldsEarlierReleasesWrote() throws IOException {
        JsonNode stored = tree("exercise-0.3.json");
        JsonNode written = MAPPER.readTree(Json.write(MAPPER, ExerciseDocuments.of(read("exercise-0.3.json"))));

        assertThat(written).isEqualTo(stored);
    }

    private static Exercise read(String name) throws IOException {
        return ExerciseDocuments.toExercise(MAPPER.treeToValue(tree(name), ExerciseDocument.class));
    }

    private static JsonNode tree(String name) throws IOException {
        try (InputStream in = ExerciseDocumentCompatibilityTest.class.getResourceAsStream("/stored/" + name)) {
            return MAPPER.readTree(in);
        }
    }
}

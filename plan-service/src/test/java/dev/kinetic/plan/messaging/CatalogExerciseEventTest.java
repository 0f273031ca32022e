package dev.kinetic.plan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plans draw only on exercises that are active and approved by an editor. */
class CatalogExerciseEventTest {

    private static CatalogExerciseEvent event(String status, String review) {
        return new CatalogExerciseEvent("fedb-move", "Move", "squat", "beginner", List.of("bodyweight"), List.of("quadriceps"),
                List.of(), "bilateral", null, null, null, status, 2, review == null ? null : new CatalogExerciseEvent.Review(review));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "active, approved, true",
            "active, -, true",
            "active, unreviewed, false",
            "active, rejected, false",
            "retired, approved, false" })
    void onlyActiveApprovedExercisesArePlannable(String status, String review, boolean plannable) {
        CatalogExerciseEvent e = event(status, review);
        assertThat(e.plannable()).isEqualTo(plannable);
        assertThat(e.toExercise().active()).isEqualTo(plannable);
    }
}

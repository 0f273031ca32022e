package dev.kinetic.plan.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kinetic.contracts.catalog.ExerciseEvent;

/** Plans draw only on exercises that are active and approved by an editor. */
class CatalogExercisesTest {

    private static ExerciseEvent event(String status, String review) {
        return new ExerciseEvent("fedb-move", "Move", List.of(), null, null, List.of("Stand."), List.of(), List.of(), List.of("quadriceps"),
                List.of(), List.of("bodyweight"), "squat", "beginner", "compound", "bilateral", "standing", "low",
                new ExerciseEvent.Dosage(2, 8, 12, null), List.of(), null, null, List.of(), status, 2, null,
                review == null ? null : new ExerciseEvent.Review(review, null, null, null), null);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "active, approved, true",
            "active, -, true",
            "active, unreviewed, false",
            "active, rejected, false",
            "retired, approved, false" })
    void onlyActiveApprovedExercisesArePlannable(String status, String review, boolean plannable) {
        ExerciseEvent e = event(status, review);
        assertThat(CatalogExercises.plannable(e)).isEqualTo(plannable);
        assertThat(CatalogExercises.toExercise(e).active()).isEqualTo(plannable);
    }
}

package dev.kinetic.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The same bounds hold however an exercise is made: built directly, as the API does, or translated from a data set. */
class ExerciseBoundsTest {

    private static Exercise exercise(String name, List<String> aliases, List<String> instructions, List<Media> media) {
        return new Exercise("bounded", name, aliases, Map.of(), null, instructions, List.of(), List.of(),
                Set.of(Muscle.GLUTEUS_MAXIMUS), Set.of(), Set.of(Equipment.BODYWEIGHT), MovementPattern.HIP_EXTENSION, Level.BEGINNER,
                Mechanic.COMPOUND, Laterality.BILATERAL, Position.SUPINE, SpinalLoad.LOW, Dosage.reps(2, 8, 12), List.of(), null, null,
                media, ExerciseStatus.ACTIVE, 1, null, null, null);
    }

    private static List<String> fieldsBrokenBy(Runnable build) {
        try {
            build.run();
            return List.of();
        } catch (InvalidExerciseException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    void withinTheBoundsAnExerciseIsBuilt() {
        Media image = new Media("https://media.example.org/a.jpg", "image", "CC0-1.0", "Someone");
        assertThat(exercise("Glute bridge", List.of("bridge"), List.of("Lie down.\nLift."), Collections.nCopies(ExerciseLimits.MEDIA, image))
                .media()).hasSize(ExerciseLimits.MEDIA);
    }

    @Test
    void everyListAndStringHasABound() {
        Media image = new Media("https://media.example.org/a.jpg", "image", "CC0-1.0", "Someone");
        assertThat(fieldsBrokenBy(() -> exercise("x".repeat(ExerciseLimits.NAME + 1), Collections.nCopies(ExerciseLimits.ALIASES + 1, "a"),
                Collections.nCopies(ExerciseLimits.STEPS + 1, "Step."), Collections.nCopies(12_000, image))))
                .contains("name", "aliases", "instructions", "media");
        assertThat(fieldsBrokenBy(() -> exercise("Bridge", List.of("y".repeat(ExerciseLimits.ALIAS + 1)),
                List.of("z".repeat(ExerciseLimits.STEP + 1)), List.of()))).contains("aliases[0]", "instructions[0]");
    }

    @Test
    void namesAreSingleLinesAndProseHasNoControlCharacters() {
        assertThat(fieldsBrokenBy(() -> exercise("Glute\r\nbridge", List.of("two\nlines"), List.of("Lift\u0000."), List.of())))
                .contains("name", "aliases[0]", "instructions[0]");
    }

    @Test
    void mediaLinksAreHttpsOnly() {
        assertThat(fieldsBrokenBy(() -> exercise("Bridge", List.of(), List.of("Lift."),
                List.of(new Media("javascript:alert(1)", "image", "CC0-1.0", null), new Media("https://a b", "image", "CC0-1.0", null)))))
                .contains("media[0].url", "media[1].url");
    }

    @Test
    void anImportedRecordIsHeldToTheSameBounds() {
        FreeExerciseRecord tooLong = new FreeExerciseRecord("Long_One", "Long one", "push", "beginner", null, "body only",
                List.of("glutes"), List.of(), Collections.nCopies(ExerciseLimits.STEPS + 5, "Push."), "strength", List.of());
        assertThat(new FreeExerciseDbTranslator().translate(tooLong)).isInstanceOf(Translation.Rejected.class);
        assertThatThrownBy(() -> exercise("Bridge", List.of(), List.of("Lift."), List.of()).withStatus(ExerciseStatus.ACTIVE, 0))
                .isInstanceOf(InvalidExerciseException.class);
    }
}

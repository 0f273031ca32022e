package dev.kinetic.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the inference table has an example name of its own, and matches it. */
class ImportRuleRowsTest {

    private static final String EXAMPLES = """
            spinal-flexion | Slow Weighted Crunches | strength | pull | abdominals
            rollout | Kneeling Wheel Rollout | strength | push | abdominals
            rotation | Standing Cable Woodchop | strength | pull | abdominals
            spinal-extension | Prone Back Extension On Floor | strength | push | lower back
            olympic | Hang Power Clean | olympic weightlifting | pull | quadriceps
            jumps | Lateral Hops Over A Line | strength | push | quadriceps
            dips | Parallel Bar Dips | strength | push | triceps
            overhead | Standing Overhead Press | strength | push | shoulders
            get-up | Half Turkish Get-Up | strength | push | shoulders
            pullover-fly | Flat Dumbbell Flyes | strength | push | chest
            pullover-overhead | Bent-Arm Pullover | strength | pull | lats
            nordic | Kneeling Nordic Curl | strength | pull | hamstrings
            ballistic | Two-Hand Kettlebell Swing | strength | push | glutes
            hanging | Hanging Knee Tuck | strength | pull | abdominals
            heavy-hinge | Barbell Good Morning | strength | pull | hamstrings
            heavy-squat | Barbell Front Squat | strength | push | quadriceps
            prone | Prone Leg Curl On Floor | strength | pull | hamstrings
            supine-press | Lying Dumbbell Floor Press | strength | push | chest
            decline-inversion | Decline Push-Up | strength | push | chest
            on-hands | Mountain Climbers | strength | push | abdominals
            kneeling-loaded | Walking Lunges With Dumbbells | strength | push | quadriceps
            category-plyometrics | Skater Bounds | plyometrics | push | quadriceps
            equipment-bench | Incline Dumbbell Press | strength | push | chest
            equipment-step | Box Step-Down | strength | push | quadriceps
            equipment-stability-ball | Swiss Ball Hamstring Curl | strength | pull | hamstrings
            equipment-medicine-ball | Medicine Ball Chest Pass | strength | push | chest
            equipment-partner | Partner-Assisted Hamstring Stretch | stretching | static | hamstrings
            equipment-machine | Seated Leg Press | strength | push | quadriceps
            equipment-cable | Seated Cable Row | strength | pull | middle back
            equipment-pull-up-bar | Close-Grip Chin-Up | strength | pull | lats
            equipment-band | Banded Lateral Shuffle | strength | push | abductors
            equipment-rings | Ring Row | strength | pull | middle back
            equipment-barbell | Barbell Hip Thrust Pause | strength | push | glutes
            equipment-ez-bar | EZ-Bar Curl | strength | pull | biceps
            equipment-kettlebell | Kettlebell Goblet Hold | strength | static | quadriceps
            equipment-dumbbell | Dumbbell Bent-Over Row | strength | pull | middle back
            equipment-foam-roller | Foam Roll Thoracic Spine | stretching | static | middle back
            equipment-other-gear | Sandbag Carry | strongman | static | forearms
            abdominals-pulling | Mystery Trunk Curl | strength | pull | abdominals
            """;

    private static final FreeExerciseDbTranslator TRANSLATOR = new FreeExerciseDbTranslator();

    private static Set<Muscle> muscles(String coarse) {
        FreeExerciseRecord r = new FreeExerciseRecord("X", "X", "pull", "beginner", null, "body only", List.of(coarse), List.of(),
                List.of("x"), "strength", List.of());
        return ((Translation.Translated) TRANSLATOR.translate(r)).exercise().primaryMuscles();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = EXAMPLES)
    void theRowMatchesItsExample(String id, String name, String category, String force, String muscle) {
        Set<Muscle> primary = EnumSet.copyOf(muscles(muscle));
        assertThat(ImportRules.matching(name, category, force, primary)).extracting(ImportRules.Rule::id).as(name).contains(id);
    }

    @Test
    void everyRowHasAnExampleAndAReason() {
        Set<String> covered = EXAMPLES.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|")[0].strip()).collect(Collectors.toSet());
        assertThat(ImportRules.RULES).allSatisfy(rule -> {
            assertThat(covered).as("an example for rule %s", rule.id()).contains(rule.id());
            assertThat(rule.reason()).as("the reason of rule %s", rule.id()).isNotBlank();
        });
    }
}

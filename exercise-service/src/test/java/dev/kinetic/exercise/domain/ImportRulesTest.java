package dev.kinetic.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per rule of the inference table, on names the team wrote in the shapes public data sets use. */
class ImportRulesTest {

    private final FreeExerciseDbTranslator translator = new FreeExerciseDbTranslator();

    private Exercise translate(String name, String category, String equipment, String muscle) {
        FreeExerciseRecord r = new FreeExerciseRecord("Id_" + Math.abs(name.hashCode()), name, "pull", "beginner", "compound", equipment,
                List.of(muscle), List.of(), List.of("Move with control."), category, List.of());
        Translation t = translator.translate(r);
        assertThat(t).as(name).isInstanceOf(Translation.Translated.class);
        return ((Translation.Translated) t).exercise();
    }

    private static Map<String, String> contraindications(Exercise e) {
        return e.contraindications().stream().collect(Collectors.toMap(c -> c.condition().slug(), c -> c.severity().slug()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // name | category | equipment | muscle | pattern | condition:severity that must be present
            "Weighted Crunch | strength | body only | abdominals | spinal-flexion | osteoporosis:avoid",
            "Slow Sit-Up | strength | body only | abdominals | spinal-flexion | low-back-pain:avoid",
            "Lying Leg Raise On Floor | strength | body only | abdominals | spinal-flexion | pregnancy:avoid",
            "Standing Cable Woodchop | strength | cable | abdominals | rotation | osteoporosis:avoid",
            "Seated Russian Twist | strength | body only | abdominals | rotation | low-back-pain:avoid",
            "Prone Back Extension | strength | body only | lower back | spinal-extension | pregnancy:avoid",
            "Power Clean From Blocks | olympic weightlifting | barbell | quadriceps | olympic-lift | low-back-pain:avoid",
            "Tuck Jump | plyometrics | body only | quadriceps | plyometric | knee-pain:avoid",
            "Lateral Hop Over Cone | strength | body only | quadriceps | plyometric | osteoporosis:avoid",
            "Parallel Bar Dip | strength | body only | triceps | vertical-push | shoulder-pain:avoid",
            "Seated Overhead Press | strength | dumbbell | shoulders | vertical-push | shoulder-pain:avoid",
            "Wide Grip Upright Row | strength | barbell | shoulders | vertical-push | shoulder-pain:avoid",
            "Alternating Kettlebell Swing | strength | kettlebells | glutes | - | low-back-pain:avoid",
            "Hanging Knee Raise | strength | body only | abdominals | - | low-back-pain:avoid",
            "Barbell Good Morning | strength | barbell | hamstrings | hinge | low-back-pain:avoid",
            "Stiff-Legged Kettlebell Deadlift | strength | kettlebells | hamstrings | hinge | sciatica:avoid",
            "Front Squat With Pause | strength | barbell | quadriceps | squat | knee-pain:avoid",
            "Decline Push-Up On Step | strength | body only | chest | - | hypertension:avoid",
            "Push-Up With Shoulder Tap | strength | body only | chest | - | wrist-pain:caution",
            "Lying Heel Touchers | strength | body only | abdominals | spinal-flexion | osteoporosis:avoid",
            "Floor Reverse Crunches | strength | body only | abdominals | spinal-flexion | pregnancy:avoid",
            "Kettlebell Halo Around The Head | strength | kettlebells | shoulders | rotation | low-back-pain:avoid",
            "Half Turkish Get-Up | strength | kettlebells | shoulders | - | shoulder-pain:avoid",
            "Straight-Arm Dumbbell Pullover | strength | dumbbell | lats | - | shoulder-pain:avoid",
            "Front Squats With Kettlebells | strength | kettlebells | quadriceps | squat | knee-pain:avoid",
            "Kneeling Nordic Curl | strength | body only | hamstrings | - | knee-pain:caution",
            "Kneeling Barbell Rollout | strength | barbell | abdominals | anti-extension | low-back-pain:avoid" })
    void inferencesFromTheName(String name, String category, String equipment, String muscle, String pattern, String contraindication) {
        Exercise e = translate(name, category, equipment, muscle);
        if (pattern != null) {
            assertThat(e.pattern().slug()).as(name).isEqualTo(pattern);
        }
        String[] c = contraindication.split(":");
        assertThat(contraindications(e)).as(name).containsEntry(c[0], c[1]);
        assertThat(e.inferences()).as(name).anySatisfy(i -> {
            assertThat(i.field()).isEqualTo("contraindications");
            assertThat(i.evidence()).startsWith("rule ");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Incline Dumbbell Press | dumbbell | bench",
            "Dumbbell Squat Onto A Bench | dumbbell | bench",
            "Box Step-Down | body only | step",
            "Bodyweight Step-Up With Knee Drive | body only | step",
            "Swiss Ball Hamstring Curl | body only | stability-ball",
            "Medicine Ball Chest Pass | body only | medicine-ball",
            "Partner-Assisted Hamstring Stretch | body only | partner",
            "Prone Manual Leg Curl | body only | partner",
            "Seated Leg Press | body only | machine",
            "Smith Machine Calf Raise | body only | machine",
            "Seated Cable Row | body only | cable",
            "Close-Grip Chin-Up | body only | pull-up-bar",
            "Banded Lateral Shuffle | body only | resistance-band",
            "Ring Row | body only | other",
            "Feet-Elevated Inverted Row | body only | other",
            "Foam Roll Thoracic Spine | body only | foam-roller" })
    void equipmentTheNameImplies(String name, String equipment, String implied) {
        Exercise e = translate(name, "strength", equipment, "quadriceps");
        assertThat(e.equipment()).extracting(Equipment::slug).as(name).contains(implied);
        assertThat(e.doableWith(java.util.Set.of(Equipment.DUMBBELL))).as(name).isFalse();
    }

    @Test
    void abdominalWorkWithAPullingForceIsSpinalFlexionWhateverItsName() {
        FreeExerciseRecord r = new FreeExerciseRecord("Trunk_Curl_Thing", "Mystery Core Curl Thing", "pull", "beginner", "isolation",
                "body only", List.of("abdominals"), List.of(), List.of("Curl up slowly."), "strength", List.of());
        Exercise e = ((Translation.Translated) translator.translate(r)).exercise();
        assertThat(e.pattern()).isEqualTo(MovementPattern.SPINAL_FLEXION);
        assertThat(contraindications(e)).containsEntry("osteoporosis", "avoid").containsEntry("pregnancy", "avoid");
        FreeExerciseRecord plank = new FreeExerciseRecord("Hold_Thing", "Mystery Core Hold", "static", "beginner", "isolation",
                "body only", List.of("abdominals"), List.of(), List.of("Hold still."), "strength", List.of());
        assertThat(((Translation.Translated) translator.translate(plank)).exercise().pattern()).isEqualTo(MovementPattern.ANTI_EXTENSION);
    }

    @Test
    void namesNoRuleKnowsKeepTheOldInferenceAndSaySoWithLowConfidence() {
        Exercise e = translate("Glute Kickback Variation", "strength", "body only", "glutes");
        assertThat(e.contraindications()).isEmpty();
        assertThat(e.inferences()).anySatisfy(i -> {
            assertThat(i.field()).isEqualTo("pattern");
            assertThat(i.confidence()).isEqualTo("low");
        });
    }

    @Test
    void instructionsThatNameEquipmentAddItToo() {
        FreeExerciseRecord r = new FreeExerciseRecord("Close_Press", "Close-Grip Press Variation", "push", "beginner", "compound",
                "dumbbell", List.of("triceps"), List.of(), List.of("Lie back on a flat bench holding two dumbbells.", "Press up."),
                "strength", List.of());
        Exercise e = ((Translation.Translated) translator.translate(r)).exercise();
        assertThat(e.equipment()).extracting(Equipment::slug).contains("bench", "dumbbell");
        assertThat(e.inferences()).anySatisfy(i -> assertThat(i.evidence()).contains("instructions"));
    }

    @Test
    void aSideStepWithABandNeedsNoStepAndAToesToBarNeedsNoBarbell() {
        assertThat(translate("Band Side Step", "strength", "bands", "abductors").equipment()).extracting(Equipment::slug)
                .doesNotContain("step");
        assertThat(translate("Hanging Toes To Bar", "strength", "body only", "abdominals").equipment()).extracting(Equipment::slug)
                .contains("pull-up-bar").doesNotContain("barbell");
    }
}

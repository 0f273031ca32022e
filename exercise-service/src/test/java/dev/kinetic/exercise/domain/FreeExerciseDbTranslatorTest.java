package dev.kinetic.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FreeExerciseDbTranslatorTest {

    private final FreeExerciseDbTranslator translator = new FreeExerciseDbTranslator();

    private static FreeExerciseRecord record(String id, String name, String force, String level, String equipment,
            List<String> primary, List<String> secondary, List<String> instructions, String category, List<String> images) {
        return new FreeExerciseRecord(id, name, force, level, null, equipment, primary, secondary, instructions, category, images);
    }

    private Exercise translated(FreeExerciseRecord r) {
        Translation t = translator.translate(r);
        assertThat(t).isInstanceOf(Translation.Translated.class);
        return ((Translation.Translated) t).exercise();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "abductors, gluteus-medius gluteus-minimus",
            "glutes, gluteus-maximus",
            "lower back, erector-spinae",
            "middle back, rhomboids trapezius",
            "abdominals, rectus-abdominis",
            "lats, latissimus-dorsi",
            "shoulders, deltoids",
            "quadriceps, quadriceps" })
    void coarseMusclesMapOntoKineticMuscles(String coarse, String expected) {
        Exercise e = translated(record("Move", "Move", "pull", "beginner", "body only", List.of(coarse), List.of(),
                List.of("Do it."), "strength", List.of()));
        assertThat(e.primaryMuscles()).extracting(Muscle::slug).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "body only, bodyweight",
            "kettlebells, kettlebell",
            "bands, resistance-band",
            "exercise ball, stability-ball",
            "foam roll, foam-roller",
            "e-z curl bar, ez-bar" })
    void equipmentWordsMapOntoKineticEquipment(String word, String expected) {
        Exercise e = translated(record("Move", "Move", "pull", "beginner", word, List.of("biceps"), List.of(),
                List.of("Do it."), "strength", List.of()));
        assertThat(e.equipment()).extracting(Equipment::slug).containsExactly(expected);
    }

    @Test
    void expertBecomesAdvancedAndNullEquipmentIsBodyweight() {
        Exercise e = translated(record("Stretch_It", "Lying Stretch", "static", "expert", null, List.of("hamstrings"), List.of(),
                List.of("Lie down.", " "), "stretching", List.of()));
        assertThat(e.level()).isEqualTo(Level.ADVANCED);
        assertThat(e.equipment()).containsExactly(Equipment.BODYWEIGHT);
        assertThat(e.pattern()).isEqualTo(MovementPattern.STRETCH);
        assertThat(e.position()).isEqualTo(Position.SUPINE);
        assertThat(e.dosage().isHold()).isTrue();
        assertThat(e.instructions()).containsExactly("Lie down.");
        assertThat(e.slug()).isEqualTo("fedb-stretch-it");
    }

    @Test
    void aMuscleBothPrimaryAndSecondaryIsOnlyPrimary() {
        Exercise e = translated(record("Walk", "Band Walk", "push", "beginner", "bands", List.of("abductors"),
                List.of("abductors", "glutes"), List.of("Walk."), "strength", List.of()));
        assertThat(e.secondaryMuscles()).containsExactly(Muscle.GLUTEUS_MAXIMUS);
        assertThat(e.pattern()).isEqualTo(MovementPattern.HIP_ABDUCTION);
    }

    @Test
    void imagesAreNeverImportedAndTheNoteSaysSo() {
        Translation t = translator.translate(record("Pic", "Pic", "pull", "beginner", "body only", List.of("biceps"),
                List.of(), List.of("Curl."), "strength", List.of("Pic/0.jpg", "Pic/1.jpg")));
        assertThat(t).isInstanceOfSatisfying(Translation.Translated.class, tr -> {
            assertThat(tr.exercise().media()).isEmpty();
            assertThat(tr.exercise().origin()).isEqualTo(Origin.imported("free-exercise-db", "Pic"));
            assertThat(tr.notes()).anySatisfy(n -> assertThat(n).contains("2 image(s) not imported"));
        });
    }

    @Test
    void barbellHingeInPowerliftingIsHighSpinalLoad() {
        Exercise e = translated(record("Heavy_Good_Morning", "Good Morning", "pull", "expert", "barbell", List.of("hamstrings"),
                List.of("lower back"), List.of("Hinge."), "powerlifting", List.of()));
        assertThat(e.pattern()).isEqualTo(MovementPattern.HINGE);
        assertThat(e.spinalLoad()).isEqualTo(SpinalLoad.HIGH);
    }

    @ParameterizedTest(name = "rejects {0}")
    @CsvSource(delimiter = '|', value = {
            "empty instructions|Ok_Id|beginner|body only|abdominals|strength|no instructions",
            "bad id|Bad Id!|beginner|body only|abdominals|strength|id must match",
            "unknown level|Ok_Id|grandmaster|body only|abdominals|strength|level 'grandmaster'",
            "unknown equipment|Ok_Id|beginner|spaceship|abdominals|strength|equipment 'spaceship'",
            "unknown muscle|Ok_Id|beginner|body only|glutez|strength|primary muscle 'glutez'",
            "unknown category|Ok_Id|beginner|body only|abdominals|yoga|category 'yoga'" })
    void rejectsWhatCannotBeImportedWithAReason(String why, String id, String level, String equipment, String muscle,
            String category, String reason) {
        List<String> instructions = why.equals("empty instructions") ? List.of() : List.of("Do it.");
        Translation t = translator.translate(record(id, "Name", "pull", level, equipment, List.of(muscle), List.of(),
                instructions, category, List.of()));
        assertThat(t).isInstanceOfSatisfying(Translation.Rejected.class, r -> assertThat(r.reason()).contains(reason));
    }
}

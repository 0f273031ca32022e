package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which block openings name an exercise item, in the shapes pages number and label them. */
class ExerciseItemsTest {

    private final EntityLinker en = new EntityLinker(ShapesCatalog.catalog(), "en");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1. Glute Bridge — the foundation | glute-bridge | Glute Bridge",
            "Exercise 3 – Bridge | glute-bridge | Bridge",
            "#2 Clamshell | clamshell | Clamshell",
            "Step 4: Bird dog | bird-dog | Bird dog",
            "Day 2: Side plank | side-plank | Side plank",
            "Bird Dog: from hands and knees, reach long. | bird-dog | Bird Dog",
            "Side plank, hold 20 seconds each side | side-plank | Side plank",
            "Heel raises x 15, 3 sets - slow on the way down | calf-raise | Heel raises",
            "Incline Push-Up | push-up | Incline Push-Up",
            "Hip Hinge With a Broomstick | hip-hinge-drill | Hip Hinge With a Broomstick" })
    void namesAnExercise(String opening, String slug, String name) {
        assertThat(ExerciseItems.head(SourceBlock.item(1, true, opening, null), en, "en")).hasValueSatisfying(h -> {
            assertThat(h.slug()).isEqualTo(slug);
            assertThat(h.name()).isEqualTo(name);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Exercice n°2 : Pont fessier | fr | glute-bridge",
            "1. Übung: Beckenheben | de | glute-bridge" })
    void namesAnExerciseInOtherLanguages(String opening, String locale, String slug) {
        EntityLinker linker = new EntityLinker(ShapesCatalog.catalog(), locale);
        assertThat(ExerciseItems.head(SourceBlock.heading(3, opening), linker, locale)).hasValueSatisfying(h -> assertThat(h.slug())
                .isEqualTo(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Why bridges help your back?", "Step up with one foot, press through that heel",
            "What to avoid: sit-ups", "The best glute exercises for runners who sit all day at work", "Squat rack basics",
            "Sets: 3 x 12" })
    void doesNotNameAnItem(String opening) {
        assertThat(ExerciseItems.head(SourceBlock.heading(2, opening), en, "en")).isEmpty();
    }
}

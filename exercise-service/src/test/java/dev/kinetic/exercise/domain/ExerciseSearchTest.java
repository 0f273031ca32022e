package dev.kinetic.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExerciseSearchTest {

    /** An active exercise known only by its names (the rest is what search ignores). */
    static Exercise exercise(String slug, String name, List<String> aliases, Map<String, LocalNames> names) {
        return new Exercise(slug, name, aliases, names, null, List.of("Do it."), List.of(), List.of(),
                Set.of(Muscle.GLUTEUS_MAXIMUS), Set.of(), Set.of(Equipment.BODYWEIGHT), MovementPattern.HIP_EXTENSION,
                Level.BEGINNER, Mechanic.COMPOUND, Laterality.BILATERAL, Position.STANDING, SpinalLoad.LOW,
                Dosage.reps(2, 8, 12), List.of(), null, null, List.of(), ExerciseStatus.ACTIVE, 1, null, null, null);
    }

    private static Exercise exercise(String slug, String name, String... aliases) {
        return exercise(slug, name, List.of(aliases), Map.of());
    }

    private static final List<Exercise> CATALOG = List.of(
            exercise("glute-bridge", "Glute Bridge", List.of("Hip Bridge"),
                    Map.of("es", new LocalNames("Puente de glúteos", List.of()), "de", new LocalNames("Glute Bridge", List.of("Beckenheben")))),
            exercise("single-leg-glute-bridge", "Single-Leg Glute Bridge"),
            exercise("hip-thrust", "Hip Thrust", "Bench Hip Thrust"),
            exercise("dead-bug", "Dead Bug"),
            exercise("bird-dog", "Bird Dog", "Quadruped Opposite Arm and Leg Reach"),
            exercise("clamshell", "Clamshell", "Clam", "Side-Lying Clam"),
            exercise("bodyweight-squat", "Bodyweight Squat", "Air Squat"),
            exercise("goblet-squat", "Goblet Squat", List.of(), Map.of("es", new LocalNames("Sentadilla goblet", List.of()))),
            exercise("bulgarian-split-squat", "Bulgarian Split Squat", "Rear-Foot-Elevated Split Squat"),
            exercise("reverse-lunge", "Reverse Lunge", "Backward Lunge"),
            exercise("walking-lunge", "Walking Lunge"),
            exercise("forearm-plank", "Forearm Plank", "Plank", "Front Plank"),
            exercise("side-plank", "Side Plank"),
            exercise("half-kneeling-hip-flexor-stretch", "Half-Kneeling Hip Flexor Stretch", "Kneeling Hip Flexor Stretch"),
            exercise("cat-cow", "Cat-Cow", "Cat Camel"),
            exercise("romanian-deadlift", "Romanian Deadlift", "RDL"),
            exercise("close-grip-bench-press", "Close-Grip Bench Press"),
            exercise("bench-press", "Bench Press", "Flat Bench Press"),
            exercise("incline-bench-press", "Incline Bench Press"),
            exercise("sit-up", "Sit-Up"),
            exercise("decline-sit-ups", "Decline Sit-Ups"),
            exercise("old-lunge", "Old Lunge").withStatus(ExerciseStatus.RETIRED, 2));

    private final ExerciseSearch search = new ExerciseSearch(CATALOG);

    private List<String> slugs(String query, int limit) {
        return search.search(query, limit).stream().map(f -> f.exercise().slug()).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} among the first three")
    @CsvSource({
            // plurals and other inflections meet the stem
            "glute bridges, glute-bridge",
            "hip thrusts, hip-thrust",
            "lunges, reverse-lunge",
            "planks, forearm-plank",
            "clams, clamshell",
            "squats, bodyweight-squat",
            // typos and words run together or apart
            "dedbug, dead-bug",
            "deadbug, dead-bug",
            "gobelt squat, goblet-squat",
            "brid dog, bird-dog",
            "catcow, cat-cow",
            "dead lift romanian, romanian-deadlift",
            // aliases and names in other languages
            "air squat, bodyweight-squat",
            "rdl, romanian-deadlift",
            "sentadilla goblet, goblet-squat",
            "beckenheben, glute-bridge",
            "puente de glúteos, glute-bridge",
            // stop words do not have to be in a name
            "stretch for the hip flexors, half-kneeling-hip-flexor-stretch",
            "Split squat with the rear foot elevated, bulgarian-split-squat" })
    void findsByStemTypoAliasAndOtherLanguages(String query, String expected) {
        assertThat(slugs(query, 3)).as("top three for '%s'", query).contains(expected);
    }

    @Test
    void everyNameAndAliasFindsItsExerciseFirst() {
        for (Exercise exercise : CATALOG) {
            if (!exercise.isActive()) {
                continue;
            }
            List<String> asked = new ArrayList<>(exercise.aliases());
            asked.add(exercise.name());
            for (String name : asked) {
                List<ExerciseSearch.Found> found = search.search(name, 10);
                assertThat(found).as("'%s'", name).isNotEmpty();
                // Another exercise may tie (a shorter name inside a longer one), never beat it.
                double best = found.get(0).score();
                assertThat(found).as("'%s'", name)
                        .anySatisfy(f -> {
                            assertThat(f.exercise().slug()).isEqualTo(exercise.slug());
                            assertThat(f.score()).isEqualTo(best);
                        });
            }
        }
    }

    @Test
    void amongNamesThatAllContainTheQueryTheOneClosestToItAsAWholeLeads() {
        assertThat(slugs("bench press", 3)).containsExactly("bench-press", "incline-bench-press", "close-grip-bench-press");
        assertThat(slugs("bench pres", 1)).containsExactly("bench-press");
        // A plural resembles its singular as much as itself: the plain name still leads.
        assertThat(slugs("sit ups", 2)).containsExactly("sit-up", "decline-sit-ups");
        assertThat(slugs("decline sit up", 1)).containsExactly("decline-sit-ups");
    }

    @Test
    void retiredExercisesAreNeverFound() {
        assertThat(slugs("old lunge", 10)).doesNotContain("old-lunge").contains("reverse-lunge", "walking-lunge");
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertThat(slugs("xylophone", 10)).isEmpty();
        assertThat(slugs("quantum chromodynamics", 10)).isEmpty();
        assertThat(slugs("!!! ---", 10)).isEmpty();
    }

    @Test
    void aWordMatchRanksAboveAResemblanceAndRecurringWordsRankHigher() {
        List<ExerciseSearch.Found> found = search.search("plank", 10);
        assertThat(found).extracting(f -> f.exercise().slug()).startsWith("forearm-plank", "side-plank");
        // "plank" is three of forearm-plank's names and one of side-plank's.
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
    }

    @Test
    void resultsAreBestFirstTiesBySlugAndCutAtTheLimit() {
        List<ExerciseSearch.Found> found = search.search("squat", 10);
        assertThat(found).extracting(f -> f.exercise().slug())
                .contains("bodyweight-squat", "goblet-squat", "bulgarian-split-squat");
        for (int i = 1; i < found.size(); i++) {
            ExerciseSearch.Found before = found.get(i - 1);
            ExerciseSearch.Found after = found.get(i);
            assertThat(before.score()).isGreaterThanOrEqualTo(after.score());
            if (before.score() == after.score()) {
                assertThat(before.exercise().slug()).isLessThan(after.exercise().slug());
            }
        }
        assertThat(search.search("squat", 2)).hasSize(2).isEqualTo(found.subList(0, 2));
        assertThat(search.search("squat", 0)).isEmpty();
    }

    @Test
    void anyTextUpToTheQueryLimitIsAnsweredAndScoresStayInRange() {
        Random random = new Random(20261205);
        String alphabet = "abcdefghijklmnopqrstuvwxyz  -'éüß日本\uD83D\uDCAA0123456789";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(101);
            while (text.length() < length) {
                int at = random.nextInt(alphabet.length());
                text.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2) : alphabet.substring(at, at + 1));
            }
            List<ExerciseSearch.Found> found = search.search(text.toString(), 50);
            assertThat(found).hasSizeLessThanOrEqualTo(50).allSatisfy(f -> {
                assertThat(f.score()).isBetween(0.0, 1.3);
                assertThat(f.exercise().isActive()).isTrue();
            });
        }
    }

    @Test
    void trigramsAreThoseOfPgTrgm() {
        assertThat(ExerciseSearch.trigramsOf("word")).containsExactly("  w", " wo", "wor", "ord", "rd ");
        assertThat(ExerciseSearch.words("Half-Kneeling Hip-Flexor  STRETCH!")).containsExactly("half", "kneeling", "hip", "flexor", "stretch");
    }

    @Test
    void aCatalogSnapshotSearchesItsOwnRevision() {
        CatalogSnapshot before = new CatalogSnapshot(1, CATALOG);
        Exercise renamed = exercise("dead-bug", "Supine Opposite Limb Reach");
        List<Exercise> changed = new ArrayList<>(CATALOG);
        changed.set(CATALOG.indexOf(CATALOG.stream().filter(e -> e.slug().equals("dead-bug")).findFirst().orElseThrow()), renamed);
        CatalogSnapshot after = new CatalogSnapshot(2, changed);
        assertThat(before.search("dead bug", 1)).extracting(f -> f.exercise().slug()).containsExactly("dead-bug");
        assertThat(after.search("dead bug", 5)).extracting(f -> f.exercise().slug()).doesNotContain("dead-bug");
        assertThat(after.search("opposite limb reach", 1)).extracting(f -> f.exercise().slug()).containsExactly("dead-bug");
    }
}

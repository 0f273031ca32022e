package dev.kinetic.exercise.domain;

import dev.kinetic.platform.paging.Page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CatalogSnapshotTest {

    private static Exercise exercise(String slug, Muscle primary, Set<Equipment> equipment, MovementPattern pattern,
            Level level, List<Contraindication> contraindications, String regression, String progression) {
        return new Exercise(slug, slug.replace('-', ' '), List.of(), java.util.Map.of(), null, List.of("Do it."), List.of(), List.of(),
                Set.of(primary), Set.of(), equipment, pattern, level, Mechanic.COMPOUND, Laterality.BILATERAL,
                Position.STANDING, SpinalLoad.LOW, Dosage.reps(2, 8, 12), contraindications, regression, progression,
                List.of(), ExerciseStatus.ACTIVE, 1, null, null, null);
    }

    private static final Exercise BRIDGE = exercise("glute-bridge", Muscle.GLUTEUS_MAXIMUS, Set.of(Equipment.BODYWEIGHT),
            MovementPattern.HIP_EXTENSION, Level.BEGINNER, List.of(), null, "hip-thrust");
    private static final Exercise THRUST = exercise("hip-thrust", Muscle.GLUTEUS_MAXIMUS, Set.of(Equipment.BENCH),
            MovementPattern.HIP_EXTENSION, Level.INTERMEDIATE, List.of(), "glute-bridge", "barbell-hip-thrust");
    private static final Exercise BARBELL_THRUST = exercise("barbell-hip-thrust", Muscle.GLUTEUS_MAXIMUS,
            Set.of(Equipment.BARBELL, Equipment.BENCH), MovementPattern.HIP_EXTENSION, Level.ADVANCED,
            List.of(new Contraindication(Condition.LOW_BACK_PAIN, Severity.CAUTION, "keep it moderate")), "hip-thrust", null);
    private static final Exercise CLAMSHELL = exercise("clamshell", Muscle.GLUTEUS_MEDIUS, Set.of(Equipment.BODYWEIGHT),
            MovementPattern.HIP_ABDUCTION, Level.BEGINNER, List.of(), null, null);
    private static final Exercise LATERAL_WALK = exercise("banded-lateral-walk", Muscle.GLUTEUS_MEDIUS,
            Set.of(Equipment.MINI_BAND), MovementPattern.HIP_ABDUCTION, Level.INTERMEDIATE, List.of(), null, null);
    private static final Exercise ROLLOUT = exercise("stability-ball-rollout", Muscle.RECTUS_ABDOMINIS,
            Set.of(Equipment.STABILITY_BALL), MovementPattern.ANTI_EXTENSION, Level.ADVANCED,
            List.of(new Contraindication(Condition.LOW_BACK_PAIN, Severity.AVOID, "long lever")), null, null);
    private static final Exercise RETIRED = exercise("old-squat", Muscle.QUADRICEPS, Set.of(Equipment.BODYWEIGHT),
            MovementPattern.SQUAT, Level.BEGINNER, List.of(), null, null).withStatus(ExerciseStatus.RETIRED, 2);

    private final CatalogSnapshot catalog = new CatalogSnapshot(7,
            List.of(BRIDGE, THRUST, BARBELL_THRUST, CLAMSHELL, LATERAL_WALK, ROLLOUT, RETIRED));

    private List<String> slugs(ExerciseQuery query) {
        return catalog.query(query).items().stream().map(m -> m.exercise().slug()).toList();
    }

    private static ExerciseQuery query(Set<Muscle> muscles, Set<Equipment> owned, Level maxLevel, Condition safeFor) {
        return new ExerciseQuery(muscles, owned, null, maxLevel, null, safeFor, false, ExerciseSort.NAME, false, 0, 50);
    }

    @Test
    void aMuscleGroupFindsEveryMuscleInIt() {
        assertThat(slugs(query(Muscle.in(MuscleGroup.GLUTES), null, null, null)))
                .containsExactly("banded-lateral-walk", "barbell-hip-thrust", "clamshell", "glute-bridge", "hip-thrust");
        assertThat(slugs(query(Muscle.in(MuscleGroup.HIP_ABDUCTORS), null, null, null)))
                .containsExactly("banded-lateral-walk", "clamshell");
    }

    @Test
    void ownedEquipmentKeepsOnlyWhatNeedsNothingElse() {
        assertThat(slugs(query(Set.of(), Set.of(), null, null)))
                .as("bodyweight only").containsExactly("clamshell", "glute-bridge");
        assertThat(slugs(query(Set.of(), EnumSet.of(Equipment.MINI_BAND, Equipment.BENCH), null, null)))
                .containsExactly("banded-lateral-walk", "clamshell", "glute-bridge", "hip-thrust");
    }

    @Test
    void maxLevelAdmitsThatLevelAndBelow() {
        assertThat(slugs(query(Set.of(), null, Level.BEGINNER, null))).containsExactly("clamshell", "glute-bridge");
        assertThat(slugs(query(Set.of(), null, Level.INTERMEDIATE, null)))
                .containsExactly("banded-lateral-walk", "clamshell", "glute-bridge", "hip-thrust");
    }

    @Test
    void safeForDropsAvoidAndMarksCaution() {
        Page<ExerciseMatch> page = catalog.query(query(Set.of(), null, null, Condition.LOW_BACK_PAIN));
        assertThat(page.items()).extracting(m -> m.exercise().slug()).doesNotContain("stability-ball-rollout")
                .contains("barbell-hip-thrust");
        assertThat(page.items()).filteredOn(m -> m.exercise().slug().equals("barbell-hip-thrust"))
                .singleElement().satisfies(m -> assertThat(m.caution()).hasValueSatisfying(
                        c -> assertThat(c.severity()).isEqualTo(Severity.CAUTION)));
        assertThat(page.items()).filteredOn(m -> m.exercise().slug().equals("glute-bridge"))
                .singleElement().satisfies(m -> assertThat(m.caution()).isEmpty());
    }

    @Test
    void retiredExercisesAreNotOfferedButStillFound() {
        assertThat(slugs(ExerciseQuery.all())).doesNotContain("old-squat");
        assertThat(catalog.find("old-squat")).isPresent();
    }

    @Test
    void pagesAreStableAndCountTheTotal() {
        var firstPage = catalog.query(new ExerciseQuery(Set.of(), null, null, null, null, null, false, ExerciseSort.LEVEL,
                true, 0, 2));
        assertThat(firstPage.total()).isEqualTo(6);
        assertThat(firstPage.items()).extracting(m -> m.exercise().slug())
                .containsExactly("barbell-hip-thrust", "stability-ball-rollout");
        var lastPage = catalog.query(new ExerciseQuery(Set.of(), null, null, null, null, null, false, ExerciseSort.NAME,
                false, 3, 2));
        assertThat(lastPage.items()).isEmpty();
    }

    @Test
    void ladderRunsFromEasiestToHardestThroughTheExercise() {
        assertThat(catalog.ladder("hip-thrust")).extracting(Exercise::slug)
                .containsExactly("glute-bridge", "hip-thrust", "barbell-hip-thrust");
        assertThat(catalog.ladder("clamshell")).extracting(Exercise::slug).containsExactly("clamshell");
        assertThat(catalog.ladder("nope")).isEmpty();
    }

    @Test
    void aCycleInLadderLinksIsCut() {
        Exercise a = exercise("a-move", Muscle.GLUTEUS_MAXIMUS, Set.of(Equipment.BODYWEIGHT), MovementPattern.HINGE,
                Level.BEGINNER, List.of(), "b-move", "b-move-two");
        Exercise b = exercise("b-move", Muscle.GLUTEUS_MAXIMUS, Set.of(Equipment.BODYWEIGHT), MovementPattern.HINGE,
                Level.BEGINNER, List.of(), "a-move", null);
        assertThat(new CatalogSnapshot(1, List.of(a, b)).ladder("a-move")).extracting(Exercise::slug)
                .containsExactly("b-move", "a-move");
    }

    @Test
    void catalogRulesReportEveryBrokenRule() {
        assertThatThrownBy(() -> new Exercise("Bad Slug", " ", List.of(), java.util.Map.of(), null, List.of(), List.of(), List.of(), Set.of(),
                Set.of(), Set.of(Equipment.BODYWEIGHT, Equipment.DUMBBELL), MovementPattern.SQUAT, Level.BEGINNER,
                Mechanic.COMPOUND, Laterality.BILATERAL, Position.STANDING, SpinalLoad.LOW, new Dosage(2, 8, 12, 30),
                List.of(new Contraindication(Condition.KNEE_PAIN, Severity.AVOID, "x"),
                        new Contraindication(Condition.KNEE_PAIN, Severity.CAUTION, "y")),
                null, null, List.of(new Media("http://x", "image", "unknown", null)), ExerciseStatus.ACTIVE, 1, null, null, null))
                .isInstanceOfSatisfying(InvalidExerciseException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("slug", "name", "instructions", "primaryMuscles", "equipment", "dosage",
                                "contraindications[1].condition", "media[0].licence", "media[0].url"));
    }

    @Test
    void aMuscleListedAsPrimaryIsNotAlsoSecondary() {
        Exercise e = new Exercise("x-move", "X", List.of(), java.util.Map.of(), null, List.of("Go."), List.of(), List.of(),
                Set.of(Muscle.GLUTEUS_MAXIMUS), Set.of(Muscle.GLUTEUS_MAXIMUS, Muscle.HAMSTRINGS), Set.of(Equipment.BODYWEIGHT),
                MovementPattern.HINGE, Level.BEGINNER, Mechanic.COMPOUND, Laterality.BILATERAL, Position.STANDING,
                SpinalLoad.LOW, Dosage.hold(2, 20), List.of(), null, null, List.of(), ExerciseStatus.ACTIVE, 1, null, null, null);
        assertThat(e.secondaryMuscles()).containsExactly(Muscle.HAMSTRINGS);
    }
}

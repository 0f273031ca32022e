package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kinetic.plan.domain.CatalogExercise.Severity;

/** The seed's case: weak glutes and lower back pain, a beginner with a mini band, 30 minutes three times a week. */
class PlanGeneratorTest {

    private static CatalogExercise exercise(String slug, String pattern, Level level, Set<String> equipment,
            Map<String, Severity> contraindications, Integer hold, String progression) {
        return new CatalogExercise(slug, slug, pattern, level, equipment, Set.of("gluteus-maximus"), contraindications, false,
                hold, null, progression, true);
    }

    private static final List<CatalogExercise> CATALOG = List.of(
            exercise("glute-bridge", "hip-extension", Level.BEGINNER, Set.of("bodyweight"), Map.of(), null, "single-leg-glute-bridge"),
            exercise("single-leg-glute-bridge", "hip-extension", Level.BEGINNER, Set.of("bodyweight"), Map.of(), null, null),
            exercise("barbell-hip-thrust", "hip-extension", Level.ADVANCED, Set.of("barbell", "bench"), Map.of(), null, null),
            exercise("clamshell", "hip-abduction", Level.BEGINNER, Set.of("bodyweight"), Map.of(), null, null),
            exercise("banded-lateral-walk", "hip-abduction", Level.BEGINNER, Set.of("mini-band"), Map.of(), null, null),
            exercise("dead-bug", "anti-extension", Level.BEGINNER, Set.of("bodyweight"), Map.of(), null, null),
            exercise("stability-ball-rollout", "anti-extension", Level.BEGINNER, Set.of("bodyweight"),
                    Map.of("low-back-pain", Severity.AVOID), null, null),
            exercise("bird-dog", "anti-rotation", Level.BEGINNER, Set.of("bodyweight"), Map.of(), null, null),
            exercise("side-plank-from-knees", "anti-lateral-flexion", Level.BEGINNER, Set.of("bodyweight"), Map.of(), 15, null),
            exercise("kettlebell-swing", "hinge", Level.BEGINNER, Set.of("kettlebell"), Map.of("low-back-pain", Severity.CAUTION),
                    null, null));

    private final PlanGenerator generator = new PlanGenerator();

    private PlanRequest request(int pain, int weeks) {
        return new PlanRequest(List.of(Goal.LOW_BACK_PAIN_RELIEF, Goal.GLUTE_STRENGTH), Level.BEGINNER, Set.of("mini-band"), 3, 30,
                weeks, Set.of("low-back-pain"), pain, Set.of());
    }

    @Test
    void glutesAndBackPainGetHipExtensionAbductionAndCoreSlots() {
        Plan plan = generator.generate(request(3, 1), CATALOG);
        Plan.Session first = plan.weeks().get(0).sessions().get(0);
        assertThat(first.items()).extracting(Plan.Item::pattern)
                .startsWith("hip-extension", "anti-extension", "hip-abduction");
        assertThat(first.items()).extracting(Plan.Item::exercise)
                .doesNotContain("stability-ball-rollout", "barbell-hip-thrust");
        assertThat(first.items()).allSatisfy(i -> assertThat(i.why()).contains(i.pattern()));
        assertThat(first.estimatedSeconds()).isLessThanOrEqualTo(30 * 60);
        assertThat(plan.safetyNotes()).anySatisfy(n -> assertThat(n).contains("not medical advice"));
    }

    @Test
    void sessionsInAWeekVaryTheirExercises() {
        Plan plan = generator.generate(request(3, 1), CATALOG);
        List<String> abduction = plan.weeks().get(0).sessions().stream()
                .flatMap(s -> s.items().stream()).filter(i -> i.pattern().equals("hip-abduction")).map(Plan.Item::exercise)
                .distinct().toList();
        assertThat(abduction).containsExactlyInAnyOrder("banded-lateral-walk", "clamshell");
    }

    @Test
    void cautionedExercisesAppearOnlyAtLowPainAndSayWhy() {
        PlanRequest lowPain = new PlanRequest(List.of(Goal.GLUTE_STRENGTH), Level.BEGINNER, Set.of("kettlebell"), 1, 60, 1,
                Set.of("low-back-pain"), 2, Set.of());
        assertThat(generator.generate(lowPain, CATALOG).weeks().get(0).sessions().get(0).items())
                .filteredOn(i -> i.exercise().equals("kettlebell-swing")).singleElement()
                .satisfies(i -> assertThat(i.caution()).contains("low back pain"));
        PlanRequest highPain = new PlanRequest(List.of(Goal.GLUTE_STRENGTH), Level.BEGINNER, Set.of("kettlebell"), 1, 60, 1,
                Set.of("low-back-pain"), 5, Set.of());
        assertThat(generator.generate(highPain, CATALOG).weeks().get(0).sessions().get(0).items())
                .extracting(Plan.Item::exercise).doesNotContain("kettlebell-swing");
    }

    @Test
    void weeksMoveFromActivationToStrengthUpTheLadderWithALighterFourthWeek() {
        Plan plan = generator.generate(request(2, 6), CATALOG);
        assertThat(plan.weeks()).extracting(Plan.Week::phase).containsExactly(Plan.Phase.ACTIVATION, Plan.Phase.ACTIVATION,
                Plan.Phase.STRENGTH, Plan.Phase.DELOAD, Plan.Phase.STRENGTH, Plan.Phase.STRENGTH);
        Plan.Item week1Bridge = plan.weeks().get(0).sessions().get(0).items().get(0);
        Plan.Item week4Bridge = plan.weeks().get(3).sessions().get(0).items().get(0);
        Plan.Item week5Bridge = plan.weeks().get(4).sessions().get(0).items().get(0);
        assertThat(week1Bridge.exercise()).isEqualTo("glute-bridge");
        assertThat(week4Bridge.sets()).isEqualTo(week1Bridge.sets() - 1);
        assertThat(week5Bridge.exercise()).isEqualTo("single-leg-glute-bridge");
        Plan.Item hold3 = item(plan, 3, "side-plank-from-knees");
        Plan.Item hold6 = item(plan, 6, "side-plank-from-knees");
        assertThat(hold3).isNotNull();
        assertThat(hold6).isNotNull();
        assertThat(hold6.holdSeconds()).isGreaterThan(hold3.holdSeconds());
    }

    @Test
    void anteriorPelvicTiltAddsHipFlexorMobilityNotJustAnyStretch() {
        List<CatalogExercise> catalog = new java.util.ArrayList<>(CATALOG);
        catalog.add(new CatalogExercise("figure-four-stretch", "Figure four", "stretch", Level.BEGINNER, Set.of("bodyweight"),
                Set.of("gluteus-maximus"), Map.of(), false, 30, null, null, true));
        catalog.add(new CatalogExercise("half-kneeling-hip-flexor-stretch", "Hip flexor stretch", "stretch", Level.BEGINNER,
                Set.of("bodyweight"), Set.of("iliopsoas", "rectus-femoris"), Map.of(), true, 30, null, null, true));
        PlanRequest tilt = new PlanRequest(List.of(Goal.GLUTE_STRENGTH, Goal.LOW_BACK_PAIN_RELIEF), Level.BEGINNER, Set.of(), 3, 40, 1,
                Set.of("low-back-pain", "anterior-pelvic-tilt"), 2, Set.of());
        for (Plan.Session session : generator.generate(tilt, catalog).weeks().get(0).sessions()) {
            assertThat(session.items()).filteredOn(i -> i.pattern().equals("stretch")).singleElement().satisfies(i -> {
                assertThat(i.exercise()).isEqualTo("half-kneeling-hip-flexor-stretch");
                assertThat(i.why()).contains("hip-flexor mobility for anterior pelvic tilt").contains("iliopsoas");
            });
        }
        PlanRequest noTilt = new PlanRequest(tilt.goals(), Level.BEGINNER, Set.of(), 3, 40, 1, Set.of("low-back-pain"), 2, Set.of());
        assertThat(generator.generate(noTilt, catalog).exercises()).doesNotContain("half-kneeling-hip-flexor-stretch");
    }

    @Test
    void anExerciseGivenForTwoReasonsSaysWhichInEachSession() {
        // Posture's stretch slot offers both stretches; anterior pelvic tilt's only the hip-flexor one. The first session
        // gives the hip-flexor stretch for posture (so not again for the tilt), the second the hamstring stretch for
        // posture and the hip-flexor stretch for the tilt.
        List<CatalogExercise> catalog = List.of(
                new CatalogExercise("half-kneeling-hip-flexor-stretch", "Hip flexor stretch", "stretch", Level.BEGINNER,
                        Set.of("bodyweight"), Set.of("iliopsoas"), Map.of(), false, 30, null, null, true),
                new CatalogExercise("seated-hamstring-stretch", "Hamstring stretch", "stretch", Level.BEGINNER,
                        Set.of("bodyweight"), Set.of("hamstrings"), Map.of(), false, 30, null, null, true));
        PlanRequest request = new PlanRequest(List.of(Goal.POSTURE), Level.BEGINNER, Set.of(), 2, 30, 1,
                Set.of("anterior-pelvic-tilt"), 2, Set.of());
        List<Plan.Session> sessions = generator.generate(request, catalog).weeks().get(0).sessions();

        assertThat(sessions.get(0).items()).extracting(Plan.Item::exercise, Plan.Item::why).containsExactly(
                tuple("half-kneeling-hip-flexor-stretch", "Trains iliopsoas (stretch) for posture"));
        assertThat(sessions.get(1).items()).extracting(Plan.Item::exercise, Plan.Item::why).containsExactly(
                tuple("seated-hamstring-stretch", "Trains hamstrings (stretch) for posture"),
                tuple("half-kneeling-hip-flexor-stretch", "Trains iliopsoas (stretch) hip-flexor mobility for anterior pelvic tilt"));
    }

    private static Plan.Item item(Plan plan, int week, String slug) {
        return plan.weeks().get(week - 1).sessions().stream().flatMap(s -> s.items().stream())
                .filter(i -> i.exercise().equals(slug)).findFirst().orElse(null);
    }
}

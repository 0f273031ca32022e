package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kinetic.plan.domain.CatalogExercise.Severity;

/** Adapting the sessions ahead: ladders, volume, substitutes; sessions already done never change. */
class PlanAdapterTest {

    private static CatalogExercise ex(String slug, String pattern, Level level, Set<String> muscles, String regression,
            String progression, Map<String, Severity> contraindications, boolean active) {
        return new CatalogExercise(slug, slug.replace('-', ' '), pattern, level, Set.of("bodyweight"), muscles, contraindications,
                false, null, regression, progression, active);
    }

    private static final Set<String> GLUTES = Set.of("gluteus-maximus");
    private static final Set<String> MEDIUS = Set.of("gluteus-medius");

    private static List<CatalogExercise> catalog(boolean clamshellActive) {
        return List.of(
                ex("glute-bridge", "hip-extension", Level.BEGINNER, GLUTES, null, "single-leg-glute-bridge", Map.of(), true),
                ex("single-leg-glute-bridge", "hip-extension", Level.INTERMEDIATE, GLUTES, "glute-bridge", "hip-thrust", Map.of(), true),
                ex("hip-thrust", "hip-extension", Level.INTERMEDIATE, GLUTES, "single-leg-glute-bridge", null,
                        Map.of("low-back-pain", Severity.AVOID), true),
                ex("clamshell", "hip-abduction", Level.BEGINNER, MEDIUS, null, null, Map.of(), clamshellActive),
                ex("side-lying-hip-abduction", "hip-abduction", Level.BEGINNER, MEDIUS, null, null, Map.of(), true),
                ex("fire-hydrant", "hip-abduction", Level.BEGINNER, Set.of("gluteus-maximus"), null, null, Map.of(), true),
                // The clamshell's muscles and level, another pattern: never its substitute.
                ex("lateral-band-walk", "gait", Level.BEGINNER, MEDIUS, null, null, Map.of(), true));
    }

    /** The catalog as plan-service holds it for adapting plans: arranged once per catalog version. */
    private static PlanCatalog arranged(boolean clamshellActive) {
        return PlanCatalog.of(catalog(clamshellActive));
    }

    private static PlanRequest request() {
        return new PlanRequest(List.of(Goal.GLUTE_STRENGTH), Level.INTERMEDIATE, Set.of(), 2, 30, 2, Set.of("low-back-pain"), 2,
                Set.of());
    }

    private static Plan plan() {
        Plan generated = new PlanGenerator().generate(request(), catalog(true));
        // Pin session contents so the test does not depend on the generator's variety rule.
        return generated.rewriteAfter(0, s -> s.withItems(List.of(
                PlanGenerator.prescribe(catalog(true).get(1), generated.phaseOf(s), s.week(), request(), "for glute strength"),
                PlanGenerator.prescribe(catalog(true).get(3), generated.phaseOf(s), s.week(), request(), "for glute strength"))));
    }

    private static List<String> exercises(Plan plan, int session) {
        return plan.session(session).orElseThrow().items().stream().map(Plan.Item::exercise).toList();
    }

    @Test
    void regressingMovesDownTheLadderAndCutsASetFromTheNextSessionOn() {
        Plan plan = plan();
        Adjustment tooMuch = new Adjustment(Adjustment.Action.REGRESS, Set.of(), true, "Pain during was 7/10", List.of());
        PlanAdapter.Revision revision = new PlanAdapter().adjust(plan, 1, tooMuch, request(), arranged(true));
        assertThat(exercises(revision.plan(), 1)).containsExactly("single-leg-glute-bridge", "clamshell");
        assertThat(exercises(revision.plan(), 2)).containsExactly("glute-bridge", "clamshell");
        Plan.Item bridge = revision.plan().session(2).orElseThrow().items().get(0);
        assertThat(bridge.sets()).isEqualTo(plan.session(2).orElseThrow().items().get(0).sets() - 1);
        assertThat(revision.changes()).containsExactly(
                "clamshell made easier (fewer reps or a shorter hold), one set fewer, from session 2 on: Pain during was 7/10",
                "single-leg-glute-bridge replaced by glute-bridge (a step down), one set fewer, from session 2 on: Pain during was 7/10");
    }

    @Test
    void progressingNeverStepsOntoAnExerciseTheConditionsForbid() {
        Plan plan = plan();
        Adjustment easy = new Adjustment(Adjustment.Action.PROGRESS, Set.of("single-leg-glute-bridge"), false, "easy", List.of());
        PlanAdapter.Revision revision = new PlanAdapter().adjust(plan, 2, easy, request(), arranged(true));
        // hip-thrust is next on the ladder but to be avoided for low back pain: more reps instead.
        assertThat(exercises(revision.plan(), 3)).containsExactly("single-leg-glute-bridge", "clamshell");
        Plan.Item before = plan.session(3).orElseThrow().items().get(0);
        Plan.Item after = revision.plan().session(3).orElseThrow().items().get(0);
        assertThat(after.repsMax()).isEqualTo(before.repsMax() + 2);
        assertThat(revision.plan().session(2)).isEqualTo(plan.session(2)).as("reported sessions are kept");
    }

    @Test
    void keepChangesNothing() {
        Plan plan = plan();
        PlanAdapter.Revision revision = new PlanAdapter().adjust(plan, 1, Adjustment.keep("fine"), request(), arranged(true));
        assertThat(revision.changed()).isFalse();
        assertThat(revision.plan()).isEqualTo(plan);
    }

    @Test
    void aRetiredExerciseGetsTheSafeSubstituteSharingMostMusclesAndSessionsStayInBudget() {
        Plan plan = plan();
        PlanAdapter.Revision revision = new PlanAdapter().substitute(plan, 1, "clamshell", request(), arranged(false));
        assertThat(exercises(revision.plan(), 1)).contains("clamshell");
        for (int s = 2; s <= plan.sessionCount(); s++) {
            assertThat(exercises(revision.plan(), s)).containsExactly("single-leg-glute-bridge", "side-lying-hip-abduction");
            assertThat(revision.plan().session(s).orElseThrow().estimatedSeconds()).isLessThanOrEqualTo(30 * 60);
        }
        assertThat(revision.changes()).singleElement().asString()
                .contains("clamshell was retired").contains("side-lying-hip-abduction").contains("from session 2 on");
        assertThat(new PlanAdapter().substitute(revision.plan(), 1, "clamshell", request(), arranged(false)).changed())
                .as("a second replica's substitution finds nothing to do").isFalse();
    }

    @Test
    void withoutASafeSubstituteTheExerciseIsRemovedAndSaidSo() {
        List<CatalogExercise> onlyBridges = new ArrayList<>(catalog(false).subList(0, 4));
        PlanAdapter.Revision revision = new PlanAdapter().substitute(plan(), 0, "clamshell", request(), PlanCatalog.of(onlyBridges));
        assertThat(revision.plan().exercises()).containsExactly("single-leg-glute-bridge");
        assertThat(revision.changes()).singleElement().asString().contains("no safe substitute");
    }
}

package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kinetic.plan.domain.CatalogExercise.Severity;
import dev.kinetic.contracts.catalog.ExerciseEvent;
import dev.kinetic.plan.readmodel.CatalogExercises;

/**
 * Safety as properties: over generated catalogs that mix curated exercises and imported ones in every
 * review state (read the way plan-service reads them, from catalog events) and generated plan
 * requests, no plan item is to be avoided for a stated condition, needs equipment the person lacks,
 * is above their level, is unreviewed, rejected or retired, or is cautioned while pain is above the
 * bound. Each seed runs {@value #TRIES} generated cases; a failure names its seed and case, so it can
 * be replayed.
 */
class PlanSafetyPropertiesTest {

    private static final int TRIES = 250;
    private static final List<String> PATTERNS = List.of("hip-extension", "hinge", "squat", "lunge", "hip-abduction", "anti-extension",
            "anti-rotation", "anti-lateral-flexion", "horizontal-pull", "stretch", "spinal-flexion", "plyometric", "rotation");
    private static final List<String> EQUIPMENT = List.of("bodyweight", "mini-band", "dumbbell", "kettlebell", "bench", "step",
            "resistance-band", "partner", "machine", "barbell");
    private static final List<String> CONDITIONS = List.of("low-back-pain", "osteoporosis", "pregnancy", "knee-pain", "shoulder-pain",
            "sciatica", "hip-pain");
    private static final List<String> REVIEWS = List.of("approved", "unreviewed", "rejected");
    private static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");

    private final PlanGenerator generator = new PlanGenerator();

    private static <T> T one(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> Set<T> some(Random random, List<T> values, int max) {
        Set<T> chosen = new LinkedHashSet<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            chosen.add(one(random, values));
        }
        return chosen;
    }

    /** An exercise as a catalog event: curated (no review: approved) or imported in any review state, active or retired. */
    private static ExerciseEvent exercise(Random random, int index) {
        List<ExerciseEvent.Contraindication> contraindications = new ArrayList<>();
        for (String condition : some(random, CONDITIONS, 3)) {
            contraindications.add(new ExerciseEvent.Contraindication(condition, random.nextBoolean() ? "avoid" : "caution", "generated"));
        }
        Set<String> equipment = some(random, EQUIPMENT, 3);
        if (equipment.isEmpty()) {
            equipment.add("bodyweight");
        }
        boolean imported = random.nextInt(3) > 0;
        ExerciseEvent.Review review = imported ? new ExerciseEvent.Review(one(random, REVIEWS), null, null, null) : null;
        String slug = (imported ? "fedb-move-" : "move-") + index;
        return new ExerciseEvent(slug, slug, List.of(), null, null, List.of("Move."), List.of(), List.of(), List.of("gluteus-maximus"),
                List.of(), new ArrayList<>(equipment), one(random, PATTERNS), one(random, LEVELS), "compound", "bilateral", "standing",
                "low", new ExerciseEvent.Dosage(2, 8, 12, null), contraindications, null, null, List.of(),
                random.nextInt(5) == 0 ? "retired" : "active", 1, null, review, null);
    }

    private static PlanRequest request(Random random) {
        List<Goal> goals = new ArrayList<>(some(random, List.of(Goal.values()), 2));
        if (goals.isEmpty()) {
            goals.add(one(random, List.of(Goal.values())));
        }
        return new PlanRequest(goals, one(random, List.of(Level.values())), some(random, EQUIPMENT, 3), 1 + random.nextInt(5), 30, 4,
                some(random, CONDITIONS, 2), random.nextInt(6), Set.of());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 20261201L, 7L, 424242L, 99991L })
    void everyPlanItemIsSafeForThePerson(long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < TRIES; trial++) {
            Map<String, ExerciseEvent> bySlug = new HashMap<>();
            int size = 5 + random.nextInt(80);
            for (int i = 0; i < size; i++) {
                ExerciseEvent e = exercise(random, i);
                bySlug.put(e.slug(), e);
            }
            PlanRequest request = request(random);
            Plan plan = generator.generate(request, bySlug.values().stream().map(CatalogExercises::toExercise).toList());
            String where = "seed " + seed + ", case " + trial + ": ";
            for (Plan.Week week : plan.weeks()) {
                for (Plan.Session session : week.sessions()) {
                    for (Plan.Item item : session.items()) {
                        ExerciseEvent source = bySlug.get(item.exercise());
                        CatalogExercise exercise = CatalogExercises.toExercise(source);
                        assertThat(source.status()).as(where + "%s is active", item.exercise()).isEqualTo("active");
                        assertThat(source.review() == null || source.review().status().equals("approved"))
                                .as(where + "%s is curated or approved, not %s", item.exercise(), source.review()).isTrue();
                        assertThat(exercise.level().atMost(request.level())).as(where + "%s within the level", item.exercise()).isTrue();
                        for (String needed : exercise.equipment()) {
                            assertThat(needed.equals("bodyweight") || request.equipment().contains(needed))
                                    .as(where + "%s needs %s, owned %s", item.exercise(), needed, request.equipment()).isTrue();
                        }
                        for (String condition : request.conditions()) {
                            Severity severity = exercise.contraindications().get(condition);
                            assertThat(severity).as(where + "%s for %s", item.exercise(), condition).isNotEqualTo(Severity.AVOID);
                            if (severity == Severity.CAUTION) {
                                assertThat(request.currentPain()).as(where + "cautioned %s at pain %d", item.exercise(),
                                        request.currentPain()).isLessThanOrEqualTo(PlanGenerator.CAUTION_MAX_PAIN);
                            }
                        }
                    }
                }
            }
        }
    }
}

package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kinetic.plan.domain.CatalogExercise.Severity;

/**
 * Safety properties over 500 random requests against random catalogs (fixed seeds, so a failure
 * reproduces): nothing to avoid for the person's conditions, nothing beyond their equipment or
 * level, no excluded exercise, cautioned ones only at low pain, every session within its minutes,
 * and the same request always gives the same plan, whatever order the catalog arrives in.
 */
class PlanGeneratorPropertiesTest {

    private static final List<String> PATTERNS = List.of("hip-extension", "hip-abduction", "squat", "lunge", "hinge",
            "anti-extension", "anti-rotation", "anti-lateral-flexion", "stretch", "horizontal-push", "horizontal-pull", "carry");
    private static final List<String> EQUIPMENT = List.of("bodyweight", "dumbbell", "kettlebell", "barbell", "mini-band",
            "resistance-band", "bench");
    private static final List<String> CONDITIONS = List.of("low-back-pain", "knee-pain", "pregnancy", "anterior-pelvic-tilt");
    private static final List<String> MUSCLES = List.of("gluteus-maximus", "gluteus-medius", "quadriceps", "hamstrings",
            "rectus-abdominis", "obliques");

    private final PlanGenerator generator = new PlanGenerator();

    @Test
    void safetyAndBudgetHoldForRandomRequestsAndCatalogs() {
        for (int seed = 1; seed <= 500; seed++) {
            Random random = new Random(seed);
            List<CatalogExercise> catalog = catalog(random);
            PlanRequest request = request(random, catalog);
            Plan plan = generator.generate(request, catalog);
            Map<String, CatalogExercise> bySlug = new HashMap<>();
            catalog.forEach(e -> bySlug.put(e.slug(), e));
            int budget = request.minutesPerSession() * 60;

            assertThat(plan.weeks()).as("seed %d", seed).hasSize(request.weeks());
            for (Plan.Week week : plan.weeks()) {
                assertThat(week.sessions()).hasSize(request.daysPerWeek());
                for (Plan.Session session : week.sessions()) {
                    assertThat(session.estimatedSeconds()).as("seed %d time budget", seed).isLessThanOrEqualTo(Math.max(budget,
                            (PlanGenerator.WARM_UP_MINUTES + PlanGenerator.COOL_DOWN_MINUTES) * 60));
                    for (Plan.Item item : session.items()) {
                        CatalogExercise e = bySlug.get(item.exercise());
                        assertThat(e.active()).as("seed %d %s active", seed, e.slug()).isTrue();
                        assertThat(e.doableWith(request.equipment())).as("seed %d %s equipment", seed, e.slug()).isTrue();
                        assertThat(e.level().atMost(request.level())).as("seed %d %s level", seed, e.slug()).isTrue();
                        assertThat(request.excludedExercises()).as("seed %d exclusions", seed).doesNotContain(e.slug());
                        for (String condition : request.conditions()) {
                            Severity severity = e.contraindications().get(condition);
                            assertThat(severity).as("seed %d %s for %s", seed, e.slug(), condition).isNotEqualTo(Severity.AVOID);
                            if (severity == Severity.CAUTION) {
                                assertThat(request.currentPain()).isLessThanOrEqualTo(PlanGenerator.CAUTION_MAX_PAIN);
                                assertThat(item.caution()).isNotBlank();
                            }
                        }
                    }
                }
            }
            assertThat(generator.generate(request, List.copyOf(catalog))).as("seed %d deterministic", seed).isEqualTo(plan);
            List<CatalogExercise> shuffled = new ArrayList<>(catalog);
            Collections.shuffle(shuffled, random);
            assertThat(generator.generate(request, PlanCatalog.of(shuffled))).as("seed %d, catalog in another order, arranged once", seed)
                    .isEqualTo(plan);
        }
    }

    private static List<CatalogExercise> catalog(Random random) {
        int size = 10 + random.nextInt(60);
        List<CatalogExercise> catalog = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<String> equipment = new HashSet<>();
            equipment.add(EQUIPMENT.get(random.nextInt(EQUIPMENT.size())));
            if (!equipment.contains("bodyweight") && random.nextInt(4) == 0) {
                equipment.add(EQUIPMENT.get(1 + random.nextInt(EQUIPMENT.size() - 1)));
            }
            Map<String, Severity> contraindications = new HashMap<>();
            for (String condition : CONDITIONS) {
                int roll = random.nextInt(6);
                if (roll == 0) {
                    contraindications.put(condition, Severity.AVOID);
                } else if (roll == 1) {
                    contraindications.put(condition, Severity.CAUTION);
                }
            }
            String progression = random.nextInt(3) == 0 && i + 1 < size ? "ex-" + (i + 1) : null;
            catalog.add(new CatalogExercise("ex-" + i, "Exercise " + i, PATTERNS.get(random.nextInt(PATTERNS.size())),
                    Level.values()[random.nextInt(3)], equipment, Set.of(MUSCLES.get(random.nextInt(MUSCLES.size()))),
                    contraindications, random.nextBoolean(), random.nextInt(4) == 0 ? 10 + random.nextInt(40) : null,
                    i > 0 && random.nextInt(3) == 0 ? "ex-" + (i - 1) : null, progression, random.nextInt(10) != 0));
        }
        return catalog;
    }

    private static PlanRequest request(Random random, List<CatalogExercise> catalog) {
        List<Goal> goals = new ArrayList<>(List.of(Goal.values()));
        java.util.Collections.shuffle(goals, random);
        Set<String> owned = new HashSet<>();
        EQUIPMENT.forEach(e -> {
            if (random.nextBoolean()) {
                owned.add(e);
            }
        });
        Set<String> conditions = new HashSet<>();
        CONDITIONS.forEach(c -> {
            if (random.nextInt(3) == 0) {
                conditions.add(c);
            }
        });
        Set<String> excluded = new HashSet<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            excluded.add(catalog.get(random.nextInt(catalog.size())).slug());
        }
        return new PlanRequest(goals.subList(0, 1 + random.nextInt(goals.size())), Level.values()[random.nextInt(3)], owned,
                1 + random.nextInt(6), 10 + random.nextInt(81), 1 + random.nextInt(12), conditions, random.nextInt(8), excluded);
    }
}

package dev.kinetic.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.kinetic.plan.domain.CatalogExercise;
import dev.kinetic.plan.domain.CatalogExercise.Severity;
import dev.kinetic.plan.domain.Goal;
import dev.kinetic.plan.domain.Level;
import dev.kinetic.plan.domain.PlanRequest;

/**
 * A reproducible 1,000-exercise catalog shaped like Kinetic's (every pattern, three levels, the
 * usual equipment, contraindications on about a third, ladders), and the seed article's request.
 */
public final class BenchCatalog {

    static final List<String> PATTERNS = List.of("hip-extension", "hinge", "squat", "lunge", "hip-abduction", "anti-extension",
            "anti-rotation", "anti-lateral-flexion", "carry", "horizontal-push", "horizontal-pull", "vertical-push",
            "vertical-pull", "stretch", "mobility", "calf-raise");
    static final List<String> EQUIPMENT = List.of("bodyweight", "bodyweight", "mini-band", "dumbbell", "kettlebell", "barbell",
            "bench", "cable", "resistance-band", "stability-ball");
    static final List<String> MUSCLES = List.of("gluteus-maximus", "gluteus-medius", "hamstrings", "quadriceps", "iliopsoas",
            "rectus-femoris", "transversus-abdominis", "rectus-abdominis", "obliques", "erector-spinae", "multifidus",
            "latissimus-dorsi", "pectoralis-major", "deltoids", "calves");
    static final List<String> CONDITIONS = List.of("low-back-pain", "knee-pain", "pregnancy", "anterior-pelvic-tilt",
            "shoulder-pain", "osteoporosis");

    private BenchCatalog() {
    }

    public static List<CatalogExercise> of(int size, long seed) {
        Random random = new Random(seed);
        List<CatalogExercise> catalog = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Severity> contraindications = new HashMap<>();
            if (random.nextInt(3) == 0) {
                contraindications.put(CONDITIONS.get(random.nextInt(CONDITIONS.size())),
                        random.nextBoolean() ? Severity.AVOID : Severity.CAUTION);
            }
            String pattern = PATTERNS.get(i % PATTERNS.size());
            String regression = i >= PATTERNS.size() ? "move-" + (i - PATTERNS.size()) : null;
            String progression = i + PATTERNS.size() < size ? "move-" + (i + PATTERNS.size()) : null;
            catalog.add(new CatalogExercise("move-" + i, "Move " + i, pattern, Level.values()[random.nextInt(3)],
                    Set.of(EQUIPMENT.get(random.nextInt(EQUIPMENT.size()))),
                    new java.util.HashSet<>(List.of(MUSCLES.get(random.nextInt(MUSCLES.size())),
                            MUSCLES.get(random.nextInt(MUSCLES.size())))),
                    contraindications, random.nextInt(4) == 0, random.nextInt(5) == 0 ? 20 + random.nextInt(30) : null, regression,
                    progression, random.nextInt(20) != 0));
        }
        return catalog;
    }

    /** Weak glutes and lower back pain with a slight anterior tilt: a beginner with a mini band, 30 minutes three times a week. */
    public static PlanRequest seedRequest(int weeks) {
        return new PlanRequest(List.of(Goal.GLUTE_STRENGTH, Goal.LOW_BACK_PAIN_RELIEF), Level.BEGINNER, Set.of("mini-band"), 3, 30,
                weeks, Set.of("low-back-pain", "anterior-pelvic-tilt"), 3, Set.of());
    }
}

package dev.kinetic.bench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic exercise records in the public free-exercise-db format, to grow the catalog to benchmark
 * size through exercise-service's own import (so they are mapped, stored and published like real data).
 */
public final class GeneratedCatalog {

    private static final String[] MUSCLES = { "glutes", "abductors", "hamstrings", "quadriceps", "abdominals", "lower back",
            "calves", "chest", "lats", "shoulders", "middle back", "triceps", "biceps", "adductors" };
    private static final String[] EQUIPMENT = { "body only", "dumbbell", "kettlebells", "bands", "barbell", "cable",
            "machine", "exercise ball" };
    private static final String[] LEVELS = { "beginner", "intermediate", "expert" };
    private static final String[] FORCES = { "push", "pull", "static" };

    private GeneratedCatalog() {
    }

    /** A JSON array of {@code count} distinct records ({@code Bench_Move_0000} …), the same every time. */
    public static String freeExerciseDbRecords(int count) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(String.format(Locale.ROOT, """
                    {"id":"Bench_Move_%04d","name":"Bench move %d","force":"%s","level":"%s","mechanic":"compound",\
                    "equipment":"%s","primaryMuscles":["%s"],"secondaryMuscles":["%s"],\
                    "instructions":["Set up for move %d.","Perform it with control.","Return to the start."],\
                    "category":"strength","images":[]}""",
                    i, i, FORCES[i % FORCES.length], LEVELS[i % LEVELS.length], EQUIPMENT[i % EQUIPMENT.length],
                    MUSCLES[i % MUSCLES.length], MUSCLES[(i * 7 + 3) % MUSCLES.length], i));
        }
        return "[\n" + String.join(",\n", records) + "\n]\n";
    }

    /**
     * A complete Kinetic exercise used to time catalog changes: created once, then replaced with a new
     * summary each time ({@code PUT} needs every field, and the API refuses unknown ones).
     */
    public static String probeExercise(String slug, String summary) {
        return """
                {"slug":"%s","name":"Propagation probe %s","aliases":[],"summary":"%s",
                 "instructions":["Lie on your back.","Lift the hips."],"cues":[],"mistakes":[],
                 "primaryMuscles":["gluteus-maximus"],"secondaryMuscles":[],"equipment":["bodyweight"],
                 "pattern":"hip-extension","level":"advanced","mechanic":"compound","laterality":"bilateral",
                 "position":"supine","spinalLoad":"low","dosage":{"sets":3,"repsMin":8,"repsMax":12},
                 "contraindications":[],"regression":null,"progression":null,"media":[]}""".formatted(slug, slug, summary);
    }
}

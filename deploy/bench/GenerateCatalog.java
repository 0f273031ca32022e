import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes N synthetic records in the free-exercise-db format, to grow the catalog for benchmarks.
 * Usage: java GenerateCatalog.java <count> <output.json>
 */
public class GenerateCatalog {

    private static final String[] MUSCLES = { "glutes", "abductors", "hamstrings", "quadriceps", "abdominals", "lower back",
            "calves", "chest", "lats", "shoulders", "middle back", "triceps", "biceps", "adductors" };
    private static final String[] EQUIPMENT = { "body only", "dumbbell", "kettlebells", "bands", "barbell", "cable",
            "machine", "exercise ball" };
    private static final String[] LEVELS = { "beginner", "intermediate", "expert" };
    private static final String[] FORCES = { "push", "pull", "static" };

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        List<String> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String primary = MUSCLES[i % MUSCLES.length];
            String secondary = MUSCLES[(i * 7 + 3) % MUSCLES.length];
            records.add(String.format(Locale.ROOT, """
                    {"id":"Bench_Move_%04d","name":"Bench move %d","force":"%s","level":"%s","mechanic":"compound",\
                    "equipment":"%s","primaryMuscles":["%s"],"secondaryMuscles":["%s"],\
                    "instructions":["Set up for move %d.","Perform it with control.","Return to the start."],\
                    "category":"strength","images":[]}""",
                    i, i, FORCES[i % FORCES.length], LEVELS[i % LEVELS.length], EQUIPMENT[i % EQUIPMENT.length], primary,
                    secondary, i));
        }
        Files.writeString(Path.of(args[1]), "[\n" + String.join(",\n", records) + "\n]\n");
    }
}

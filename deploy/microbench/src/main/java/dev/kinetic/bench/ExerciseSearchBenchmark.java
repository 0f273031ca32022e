package dev.kinetic.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.exercise.domain.Dosage;
import dev.kinetic.exercise.domain.Equipment;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseSearch;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.domain.Laterality;
import dev.kinetic.exercise.domain.Level;
import dev.kinetic.exercise.domain.LocalNames;
import dev.kinetic.exercise.domain.Mechanic;
import dev.kinetic.exercise.domain.MovementPattern;
import dev.kinetic.exercise.domain.Muscle;
import dev.kinetic.exercise.domain.Position;
import dev.kinetic.exercise.domain.SpinalLoad;

/**
 * An exercise search that no cache answers: the index of a 1,000-exercise catalog (the seed's exercises with their
 * aliases and names in other languages, and variations of them named as public data sets name theirs) asked a query
 * of three reader's words, a different one each time, as a third of the benchmark's search mix is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExerciseSearchBenchmark {

    private static final String[] VARIANTS = { "Dumbbell", "Barbell", "Kettlebell", "Banded", "Cable", "Single-Leg", "Single-Arm",
            "Alternating", "Weighted", "Tempo", "Pause", "Deficit", "Elevated", "Isometric", "Walking", "Reverse", "Lateral",
            "Incline", "Decline", "Seated", "Standing", "Kneeling", "Half-Kneeling", "Supine", "Prone", "Wide-Stance",
            "Narrow-Stance", "Landmine", "Stability Ball", "Smith Machine" };
    private static final String[] WORDS = { "glutes", "hips", "hip flexors", "hamstrings", "quads", "core", "lower back",
            "shoulders", "knees", "pain", "stiff", "weak", "rehab", "sciatica", "bridge", "squat", "lunge", "plank", "deadlift",
            "hip thrust", "clamshell", "bird dog", "dead bug", "side plank", "step up", "stretch", "mobility", "beginner",
            "home", "desk", "runners", "seniors", "routine", "workout", "mini band", "dumbbell", "kettlebell", "bodyweight",
            "activation", "balance", "posture", "pelvis", "calves", "abs", "obliques", "morning", "gentle", "strength" };

    private ExerciseSearch search;
    private List<String> queries;
    private int next;

    @Setup
    public void setUp() {
        List<Exercise> catalog = catalog(1_000);
        search = new ExerciseSearch(catalog);
        queries = queries(1_000, 20261207);
    }

    @Benchmark
    public List<ExerciseSearch.Found> unseenQuery() {
        String query = queries.get(next);
        next = (next + 1) % queries.size();
        return search.search(query, 10);
    }

    /** The seed catalog's exercises, then variations of them until {@code size}. */
    public static List<Exercise> catalog(int size) {
        List<Exercise> seed = seed();
        List<Exercise> catalog = new ArrayList<>(seed);
        Random random = new Random(42);
        for (int i = 0; catalog.size() < size; i++) {
            Exercise base = seed.get(i % seed.size());
            String variant = VARIANTS[random.nextInt(VARIANTS.length)];
            String name = variant + " " + base.name();
            List<String> aliases = random.nextInt(3) == 0 ? List.of(name.toLowerCase(Locale.ROOT).replace('-', ' ')) : List.of();
            catalog.add(exercise(base.slug() + "-" + i, name, aliases, Map.of()));
        }
        return catalog;
    }

    /** {@code count} phrases of three distinct words, none asked twice. */
    public static List<String> queries(int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            String a = WORDS[random.nextInt(WORDS.length)];
            String b = WORDS[random.nextInt(WORDS.length)];
            String c = WORDS[random.nextInt(WORDS.length)];
            String query = a + " " + b + " " + c;
            if (!a.equals(b) && !b.equals(c) && !a.equals(c) && !queries.contains(query)) {
                queries.add(query);
            }
        }
        return queries;
    }

    private static List<Exercise> seed() {
        try (InputStream in = Exercise.class.getResourceAsStream("/catalog/seed-exercises.json")) {
            List<Exercise> seed = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(in)) {
                Map<String, LocalNames> names = new LinkedHashMap<>();
                node.path("names").fields().forEachRemaining(e -> names.put(e.getKey(),
                        new LocalNames(e.getValue().path("name").asText(), texts(e.getValue().path("aliases")))));
                seed.add(exercise(node.path("slug").asText(), node.path("name").asText(), texts(node.path("aliases")), names));
            }
            return seed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static Exercise exercise(String slug, String name, List<String> aliases, Map<String, LocalNames> names) {
        return new Exercise(slug, name, aliases, names, null, List.of("Do it."), List.of(), List.of(),
                Set.of(Muscle.GLUTEUS_MAXIMUS), Set.of(), Set.of(Equipment.BODYWEIGHT), MovementPattern.HIP_EXTENSION,
                Level.BEGINNER, Mechanic.COMPOUND, Laterality.BILATERAL, Position.STANDING, SpinalLoad.LOW,
                Dosage.reps(2, 8, 12), List.of(), null, null, List.of(), ExerciseStatus.ACTIVE, 1, null, null, null);
    }
}

package dev.kinetic.bench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search workload shaped like real traffic rather than a loop over ten cached phrases: a
 * {@value #POPULAR}-query vocabulary (single terms and pairs) asked with Zipf frequencies (a few phrases
 * very often, a long tail rarely), and every {@value #UNSEEN_EVERY}rd request a phrase of three terms
 * nobody asked before, so a cache of answers cannot serve it. No multi-word term is made of other terms,
 * so a triple never spells a popular query. The query for a position is always the same, so runs compare.
 */
public final class SearchQueries {

    public static final int POPULAR = 1_000;
    public static final int UNSEEN_EVERY = 3;

    // Words a reader of a fitness and rehabilitation site types: muscles, complaints, moves, settings.
    private static final String[] WORDS = { "glutes", "glute", "hips", "hip flexors", "hamstrings", "quads", "core", "abs",
            "obliques", "lower back", "upper back", "shoulders", "knees", "ankles", "calves", "adductors", "pelvis", "spine",
            "posture", "pain", "ache", "stiff", "sore", "tight", "weak", "injury", "rehab", "recovery", "sciatica", "tilt",
            "bridge", "squat", "lunge", "plank", "deadlift", "hip thrust", "clamshell", "bird dog", "dead bug", "side plank",
            "step up", "wall sit", "band walk", "stretch", "mobility", "strength", "stability", "balance", "warm up",
            "beginner", "advanced", "home", "gym", "desk", "office", "runners", "cyclists", "seniors", "pregnancy", "morning",
            "routine", "program", "workout", "exercises", "progressing", "mistakes", "form", "breathing", "reps", "sets",
            "mini band", "dumbbell", "kettlebell", "bodyweight", "no equipment", "ten minutes", "daily", "weekly",
            "activation", "endurance", "power", "sitting", "standing", "walking", "stairs", "lifting", "carrying",
            "physiotherapist", "doctor", "safe", "avoid", "best", "easy", "hard", "quick", "gentle", "after forty" };

    private static final List<String> POPULAR_QUERIES = popularQueries();
    private static final double[] ZIPF = zipfCumulative(POPULAR);

    private SearchQueries() {
    }

    /** The query asked at position {@code sequence} of a run. */
    public static String at(long sequence) {
        if (Long.remainderUnsigned(sequence, UNSEEN_EVERY) == UNSEEN_EVERY - 1) {
            return unseen(sequence / UNSEEN_EVERY);
        }
        double u = (mix(sequence) >>> 11) * 0x1.0p-53;
        int rank = Arrays.binarySearch(ZIPF, u);
        return POPULAR_QUERIES.get(Math.min(POPULAR - 1, rank >= 0 ? rank : -rank - 1));
    }

    /** The popular vocabulary, most frequent first. */
    public static List<String> popular() {
        return POPULAR_QUERIES;
    }

    /**
     * The {@code n}th phrase of three distinct terms: a bijection onto the ordered triples, so no two
     * positions of a run (fewer than the 970,200 triples) share one.
     */
    static String unseen(long n) {
        int w = WORDS.length;
        long triples = (long) w * (w - 1) * (w - 2);
        long k = Math.floorMod(n * 7_919L + 104_729L, triples); // 7,919 is prime and coprime to the count: a scramble
        int a = (int) (k % w);
        int b = (int) ((k / w) % (w - 1));
        int c = (int) (k / ((long) w * (w - 1)));
        b = b >= a ? b + 1 : b;
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        c = c >= low ? c + 1 : c;
        c = c >= high ? c + 1 : c;
        return WORDS[a] + " " + WORDS[b] + " " + WORDS[c];
    }

    private static List<String> popularQueries() {
        Set<String> queries = new LinkedHashSet<>(List.of(WORDS));
        for (int step = 1; queries.size() < POPULAR; step++) {
            for (int i = 0; i < WORDS.length && queries.size() < POPULAR; i++) {
                int j = (i * 13 + step) % WORDS.length;
                if (j != i) {
                    queries.add(WORDS[i] + " " + WORDS[j]);
                }
            }
        }
        return List.copyOf(new ArrayList<>(queries));
    }

    private static double[] zipfCumulative(int n) {
        double[] cumulative = new double[n];
        double total = 0;
        for (int rank = 1; rank <= n; rank++) {
            total += 1.0 / rank;
            cumulative[rank - 1] = total;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static long mix(long z) { // SplitMix64's finaliser: a well-spread deterministic draw per position
        z = (z + 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

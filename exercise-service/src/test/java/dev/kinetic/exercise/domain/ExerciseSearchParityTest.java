package dev.kinetic.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The search indexes each name's trigrams and skips the names that cannot reach a match; it must find exactly what
 * scoring every run of words of every name finds ({@link ExerciseSearchReference}), with the same scores to the bit,
 * on catalogs and queries it was not written for: generated names with aliases, names in other languages and retired
 * exercises, and queries made of their words, misspellings of them, stop words and noise.
 */
class ExerciseSearchParityTest {

    private static final String[] SYLLABLES = { "glu", "te", "bridge", "squat", "lun", "ge", "plank", "hip", "thrust", "dead",
            "bug", "bird", "dog", "clam", "shell", "side", "ly", "ing", "row", "press", "curl", "raise", "pull", "push", "over",
            "kettle", "bell", "band", "ed", "sin", "gle", "leg", "arm", "pu", "en", "te", "sen", "ta", "di", "lla", "brü",
            "cke", "pont", "fes", "sier", "é", "ñ", "ß", "x", "q", "z" };
    private static final String[] STOP_WORDS = { "the", "a", "and", "of", "for", "with", "to", "in", "on", "is" };

    @Test
    void findsWhatScoringEveryRunOfWordsFinds() {
        Random random = new Random(20261207);
        int compared = 0;
        int nonEmpty = 0;
        for (int round = 0; round < 12; round++) {
            List<Exercise> catalog = catalog(random, 50 + random.nextInt(400));
            ExerciseSearch search = new ExerciseSearch(catalog);
            ExerciseSearchReference reference = new ExerciseSearchReference(catalog);
            for (int q = 0; q < 250; q++) {
                String query = query(random, catalog);
                int limit = 1 + random.nextInt(30);
                List<String> expected = reference.search(query, limit).stream().map(f -> f.exercise().slug() + " " + f.score()).toList();
                List<String> actual = search.search(query, limit).stream().map(f -> f.exercise().slug() + " " + f.score()).toList();
                assertThat(actual).as("\"%s\", limit %d", query, limit).isEqualTo(expected);
                compared++;
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
        }
        // The comparison means something only if most queries find something and some find nothing.
        assertThat(nonEmpty).isBetween(compared / 2, compared - 1);
    }

    private static List<Exercise> catalog(Random random, int size) {
        List<Exercise> catalog = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<String> aliases = new ArrayList<>();
            for (int a = random.nextInt(4); a > 0; a--) {
                aliases.add(name(random));
            }
            Map<String, LocalNames> names = new LinkedHashMap<>();
            for (String language : List.of("es", "fr", "de")) {
                if (random.nextInt(3) == 0) {
                    names.put(language, new LocalNames(name(random), random.nextBoolean() ? List.of(name(random)) : List.of()));
                }
            }
            Exercise exercise = ExerciseSearchTest.exercise("move-" + i, name(random), aliases, names);
            catalog.add(random.nextInt(10) == 0 ? exercise.withStatus(ExerciseStatus.RETIRED, 2) : exercise);
        }
        return catalog;
    }

    /** One to six words of one to four syllables, separated as names are (blanks, hyphens, a slash). */
    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        for (int w = 1 + random.nextInt(6); w > 0; w--) {
            if (!name.isEmpty()) {
                name.append(random.nextInt(5) == 0 ? "-" : random.nextInt(20) == 0 ? " / " : " ");
            }
            for (int s = 1 + random.nextInt(4); s > 0; s--) {
                name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            if (random.nextInt(4) == 0) {
                name.append(random.nextBoolean() ? "s" : "es");
            }
        }
        String text = name.length() <= 80 ? name.toString() : name.substring(0, 80).replaceAll("[ /-]+$", ""); // the catalog's bound
        return random.nextInt(3) == 0 ? text.toUpperCase(java.util.Locale.ROOT) : text;
    }

    /** Words of the catalog's names, some misspelt, with stop words and noise between them. */
    private static String query(Random random, List<Exercise> catalog) {
        List<String> words = new ArrayList<>();
        for (int w = 1 + random.nextInt(5); w > 0; w--) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                List<String> of = ExerciseSearch.words(catalog.get(random.nextInt(catalog.size())).name());
                String word = of.isEmpty() ? "x" : of.get(random.nextInt(of.size()));
                words.add(kind < 2 && word.length() > 3 ? misspelt(random, word) : word);
            } else if (kind < 8) {
                words.add(STOP_WORDS[random.nextInt(STOP_WORDS.length)]);
            } else {
                words.add(name(random));
            }
        }
        return String.join(random.nextInt(4) == 0 ? ", " : " ", words);
    }

    private static String misspelt(Random random, String word) {
        int at = random.nextInt(word.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            default -> word.substring(0, at) + "e" + word.substring(at);
        };
    }
}

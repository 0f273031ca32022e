package dev.kinetic.exercise.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Finds active exercises by what they are called: name, aliases, names in other languages, and the name and
 * aliases run together ("deadbug"). Held in memory per catalog snapshot, so a search asks the database nothing.
 *
 * <p>An exercise matches in either of two ways. By its words: every word of the query, stop words aside, meets a
 * word of the exercise in stemmed form (English Snowball stems, so "bridges" meets "bridge"). Or by resemblance:
 * the trigrams of the query's stems (as PostgreSQL's pg_trgm makes them: each word padded, two blanks before and one
 * after) are similar enough to those of a run of consecutive words in one of its names, stemmed too (so a plural
 * resembles its singular as much as itself), so "dedbug" meets "dead bug" and "squats" meets "goblet squat" without
 * the query having to resemble the whole name. The score adds the word match
 * (up to 0.2, more where the words recur among its names), the best resemblance (0 to 1), and a tenth of how much the
 * query resembles a whole name, so among the many names that contain "bench press" the plain "Bench Press" leads.
 */
public final class ExerciseSearch {

    /** An exercise that matched, and how well (higher is better). */
    public record Found(Exercise exercise, double score) {
    }

    /** The least trigram similarity (shared over all distinct) that counts as a match on its own. */
    static final double MIN_SIMILARITY = 0.3;
    private static final double WORD_MATCH_WEIGHT = 0.2;
    private static final double WHOLE_NAME_WEIGHT = 0.1;
    private static final int[] NONE = new int[0];

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> trigramIds = new HashMap<>();
    private final Map<String, int[]> entriesByStem;
    private final int[][] entriesByTrigram;

    /** Indexes the active exercises among {@code exercises}. */
    public ExerciseSearch(Collection<Exercise> exercises) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        List<Set<Integer>> byTrigram = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (Exercise exercise : exercises) {
            if (!exercise.isActive()) {
                continue;
            }
            int index = entries.size();
            List<String[]> phrases = phrases(exercise);
            int[][][] trigrams = new int[phrases.size()][][];
            Map<String, Integer> stems = new HashMap<>();
            for (int p = 0; p < phrases.size(); p++) {
                String[] words = phrases.get(p);
                trigrams[p] = new int[words.length][];
                for (int w = 0; w < words.length; w++) {
                    String stem = stem(stemmer, words[w]);
                    trigrams[p][w] = trigramsOf(stem).stream().mapToInt(t -> idOf(t, byTrigram, index)).distinct().sorted().toArray();
                    stems.merge(stem, 1, Integer::sum);
                }
            }
            stems.keySet().forEach(s -> byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(index));
            entries.add(new Entry(exercise, trigrams, Map.copyOf(stems)));
        }
        entriesByStem = new HashMap<>();
        byStem.forEach((stem, list) -> entriesByStem.put(stem, list.stream().mapToInt(Integer::intValue).toArray()));
        entriesByTrigram = byTrigram.stream().map(set -> set.stream().mapToInt(Integer::intValue).sorted().toArray()).toArray(int[][]::new);
    }

    /** The best {@code limit} matches for {@code text}, best first (ties by slug). */
    public List<Found> search(String text, int limit) {
        List<String> words = words(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        EnglishStemmer stemmer = new EnglishStemmer();
        Set<String> queryStems = new LinkedHashSet<>();
        Set<String> queryTrigrams = new LinkedHashSet<>();
        for (String word : words) {
            String stem = stem(stemmer, word);
            queryTrigrams.addAll(trigramsOf(stem));
            if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                queryStems.add(stem);
            }
        }
        int[] known = queryTrigrams.stream().map(trigramIds::get).filter(Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();

        int[] shared = new int[entries.size()];
        for (int id : known) {
            for (int entry : entriesByTrigram[id]) {
                shared[entry]++;
            }
        }
        boolean[] wordMatch = entriesWithAll(queryStems);
        Span span = new Span();
        List<Found> found = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            // Shared/total query trigrams bounds the similarity of any run of words from above.
            if (!wordMatch[e] && (double) shared[e] / queryTrigrams.size() < MIN_SIMILARITY) {
                continue;
            }
            Entry entry = entries.get(e);
            double similarity = entry.bestSimilarity(known, queryTrigrams.size(), words.size() + 1, false, span);
            if (wordMatch[e] || similarity >= MIN_SIMILARITY) {
                double byWords = wordMatch[e] ? entry.wordMatch(queryStems) : 0;
                double wholeName = WHOLE_NAME_WEIGHT * entry.bestSimilarity(known, queryTrigrams.size(), Integer.MAX_VALUE, true, span);
                found.add(new Found(entry.exercise, byWords + similarity + wholeName));
            }
        }
        found.sort(Comparator.comparingDouble(Found::score).reversed().thenComparing(f -> f.exercise().slug()));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    private boolean[] entriesWithAll(Set<String> stems) {
        boolean[] all = new boolean[entries.size()];
        if (stems.isEmpty()) {
            return all;
        }
        int[] count = new int[entries.size()];
        for (String stem : stems) {
            for (int entry : entriesByStem.getOrDefault(stem, NONE)) {
                if (++count[entry] == stems.size()) {
                    all[entry] = true;
                }
            }
        }
        return all;
    }

    private int idOf(String trigram, List<Set<Integer>> byTrigram, int entry) {
        int id = trigramIds.computeIfAbsent(trigram, t -> {
            byTrigram.add(new HashSet<>());
            return byTrigram.size() - 1;
        });
        byTrigram.get(id).add(entry);
        return id;
    }

    /** What an exercise is called, each name as its words: the names, then the English ones run together. */
    static List<String[]> phrases(Exercise exercise) {
        List<String> english = new ArrayList<>();
        english.add(exercise.name());
        english.addAll(exercise.aliases());
        List<String> local = new ArrayList<>();
        exercise.names().values().forEach(names -> {
            local.add(names.name());
            local.addAll(names.aliases());
        });
        List<String[]> phrases = new ArrayList<>();
        List<String> runTogether = new ArrayList<>();
        for (String name : english) {
            List<String> words = words(name);
            phrases.add(words.toArray(String[]::new));
            runTogether.add(String.join("", words));
        }
        local.forEach(name -> phrases.add(words(name).toArray(String[]::new)));
        runTogether.forEach(joined -> phrases.add(new String[] {joined}));
        phrases.removeIf(p -> p.length == 0 || p[0].isEmpty());
        return phrases;
    }

    /** Lower-cased runs of letters and digits; anything else separates words. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean inWord = i < lower.length() && Character.isLetterOrDigit(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        return words;
    }

    /** pg_trgm's trigrams of one word: three code points at a time over "  word ". */
    static List<String> trigramsOf(String word) {
        int[] padded = ("  " + word + " ").codePoints().toArray();
        List<String> trigrams = new ArrayList<>(padded.length - 2);
        for (int i = 0; i + 3 <= padded.length; i++) {
            trigrams.add(new String(padded, i, 3));
        }
        return trigrams;
    }

    private static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The distinct trigram ids of a run of words: one buffer per search, reused for every candidate it scores. */
    private static final class Span {
        int[] ids = new int[64];
    }

    /** One exercise as indexed: the trigram ids of each word of each of its names, and how often each stem occurs. */
    private record Entry(Exercise exercise, int[][][] trigrams, Map<String, Integer> stems) {

        /** Up to the weight, more where each query word recurs among the names (1 time: half, 2: three quarters...). */
        double wordMatch(Set<String> queryStems) {
            double sum = 0;
            for (String stem : queryStems) {
                sum += 1 - Math.pow(0.5, stems.getOrDefault(stem, 0));
            }
            return WORD_MATCH_WEIGHT * sum / queryStems.size();
        }

        /**
         * The best Jaccard similarity between the query's trigrams and those of a run of at most {@code maxWords}
         * consecutive words of one name, or only of whole names. {@code query} holds the query's trigram ids known
         * to the index (sorted); {@code querySize} counts the unknown ones too.
         */
        double bestSimilarity(int[] query, int querySize, int maxWords, boolean wholeNamesOnly, Span scratch) {
            double best = 0;
            int[] span = scratch.ids;
            for (int[][] phrase : trigrams) {
                for (int start = 0; start < (wholeNamesOnly ? 1 : phrase.length); start++) {
                    int size = 0;
                    int shared = 0;
                    for (int end = start; end < phrase.length && end - start < maxWords; end++) {
                        for (int id : phrase[end]) {
                            if (contains(span, size, id)) {
                                continue;
                            }
                            if (size == span.length) {
                                span = Arrays.copyOf(span, size * 2);
                                scratch.ids = span;
                            }
                            span[size++] = id;
                            if (Arrays.binarySearch(query, id) >= 0) {
                                shared++;
                            }
                        }
                        if (!wholeNamesOnly || end == phrase.length - 1) {
                            best = Math.max(best, (double) shared / (querySize + size - shared));
                        }
                    }
                }
            }
            return best;
        }

        private static boolean contains(int[] values, int size, int value) {
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return true;
                }
            }
            return false;
        }
    }
}

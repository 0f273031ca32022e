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
 * {@link ExerciseSearch} as it was before it indexed trigrams per name (2026-12-07), kept as the reference its answers
 * are checked against: every span scored, names without a shared trigram included, duplicates found by scanning.
 */
final class ExerciseSearchReference {

    /** An exercise that matched, and how well (higher is better). */
    record Found(Exercise exercise, double score) {
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
    ExerciseSearchReference(Collection<Exercise> exercises) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        List<Set<Integer>> byTrigram = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (Exercise exercise : exercises) {
            if (!exercise.isActive()) {
                continue;
            }
            int index = entries.size();
            List<String[]> phrases = ExerciseSearch.phrases(exercise);
            int[][][] trigrams = new int[phrases.size()][][];
            Map<String, Integer> stems = new HashMap<>();
            for (int p = 0; p < phrases.size(); p++) {
                String[] words = phrases.get(p);
                trigrams[p] = new int[words.length][];
                for (int w = 0; w < words.length; w++) {
                    String stem = stem(stemmer, words[w]);
                    trigrams[p][w] = ExerciseSearch.trigramsOf(stem).stream().mapToInt(t -> idOf(t, byTrigram, index)).distinct().sorted().toArray();
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
    List<Found> search(String text, int limit) {
        List<String> words = ExerciseSearch.words(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        EnglishStemmer stemmer = new EnglishStemmer();
        Set<String> queryStems = new LinkedHashSet<>();
        Set<String> queryTrigrams = new LinkedHashSet<>();
        for (String word : words) {
            String stem = stem(stemmer, word);
            queryTrigrams.addAll(ExerciseSearch.trigramsOf(stem));
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

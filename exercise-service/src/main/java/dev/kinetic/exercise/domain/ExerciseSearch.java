package dev.kinetic.exercise.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
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
 *
 * <p>The trigrams are indexed per name, so a search scores the runs of words only of names that share enough trigrams
 * with the query to reach a match (a run's similarity is at most the name's shared trigrams over the query's), or that
 * share any with an exercise every query word meets. A query nobody asked before is a third of the benchmark's
 * searches: scoring every run of every name of every exercise sharing a trigram took 0.33-0.41 ms a search against
 * 1,000 exercises, this 0.07-0.10 ms ({@code ExerciseSearchBenchmark}).
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
    private static final Comparator<Found> BEST_FIRST = Comparator.comparingDouble(Found::score).reversed()
            .thenComparing(f -> f.exercise().slug());

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> trigramIds = new HashMap<>();
    private final Map<String, int[]> entriesByStem;
    /** For each trigram id, the names (numbered across all entries) that have it. */
    private final int[][] namesByTrigram;
    private final int nameCount;

    /** Indexes the active exercises among {@code exercises}. */
    public ExerciseSearch(Collection<Exercise> exercises) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        List<List<Integer>> byTrigram = new ArrayList<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        int names = 0;
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
                Set<Integer> ofName = new HashSet<>();
                for (int w = 0; w < words.length; w++) {
                    String stem = stem(stemmer, words[w]);
                    trigrams[p][w] = trigramsOf(stem).stream().mapToInt(t -> idOf(t, byTrigram)).distinct().sorted().toArray();
                    for (int id : trigrams[p][w]) {
                        ofName.add(id);
                    }
                    stems.merge(stem, 1, Integer::sum);
                }
                for (int id : ofName) {
                    byTrigram.get(id).add(names + p);
                }
            }
            stems.keySet().forEach(s -> byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(index));
            entries.add(new Entry(exercise, trigrams, names, Map.copyOf(stems)));
            names += phrases.size();
        }
        nameCount = names;
        entriesByStem = new HashMap<>();
        byStem.forEach((stem, list) -> entriesByStem.put(stem, list.stream().mapToInt(Integer::intValue).toArray()));
        namesByTrigram = byTrigram.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** The best {@code limit} matches for {@code text}, best first (ties by slug). */
    public List<Found> search(String text, int limit) {
        List<String> words = words(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        QueryTerms terms = QueryTerms.of(words);
        Set<String> queryStems = terms.stems();
        Set<String> queryTrigrams = terms.trigrams();
        Query query = new Query(queryTrigrams.size(), trigramIds.size());
        int[] sharedByName = new int[nameCount];
        for (String trigram : queryTrigrams) {
            Integer id = trigramIds.get(trigram);
            if (id != null) {
                query.known[id] = true;
                for (int name : namesByTrigram[id]) {
                    sharedByName[name]++;
                }
            }
        }
        boolean[] wordMatch = entriesWithAll(queryStems);
        int maxWords = words.size() + 1;
        List<Found> found = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            double similarity = 0;
            for (int p = 0; p < entry.trigrams.length; p++) {
                int shared = sharedByName[entry.firstName + p];
                // A name scores at most shared/query trigrams, and one without any scores 0: neither can change what
                // is found or its score, except a word match's, whose resemblance counts however small.
                if (shared > 0 && (wordMatch[e] || (double) shared / query.size >= MIN_SIMILARITY)) {
                    similarity = Math.max(similarity, query.bestSpan(entry.trigrams[p], maxWords, false));
                }
            }
            if (wordMatch[e] || similarity >= MIN_SIMILARITY) {
                double byWords = wordMatch[e] ? entry.wordMatch(queryStems) : 0;
                double wholeName = 0;
                for (int p = 0; p < entry.trigrams.length; p++) {
                    if (sharedByName[entry.firstName + p] > 0) {
                        wholeName = Math.max(wholeName, query.bestSpan(entry.trigrams[p], Integer.MAX_VALUE, true));
                    }
                }
                found.add(new Found(entry.exercise, byWords + similarity + WHOLE_NAME_WEIGHT * wholeName));
            }
        }
        return best(found, limit);
    }

    /** The first {@code limit} of {@code found} in {@link #BEST_FIRST} order, without sorting the rest (a total order: slugs are unique). */
    private static List<Found> best(List<Found> found, int limit) {
        if (found.size() <= limit) {
            found.sort(BEST_FIRST);
            return List.copyOf(found);
        }
        PriorityQueue<Found> kept = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        for (Found f : found) {
            kept.add(f);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        List<Found> best = new ArrayList<>(kept);
        best.sort(BEST_FIRST);
        return List.copyOf(best);
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

    private int idOf(String trigram, List<List<Integer>> byTrigram) {
        return trigramIds.computeIfAbsent(trigram, t -> {
            byTrigram.add(new ArrayList<>());
            return byTrigram.size() - 1;
        });
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

    static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** A query's words as the search weighs them: the stems a word match needs (stop words aside), and the trigrams of all. */
    record QueryTerms(Set<String> stems, Set<String> trigrams) {

        static QueryTerms of(List<String> words) {
            EnglishStemmer stemmer = new EnglishStemmer();
            Set<String> stems = new LinkedHashSet<>();
            Set<String> trigrams = new LinkedHashSet<>();
            for (String word : words) {
                String stem = stem(stemmer, word);
                trigrams.addAll(trigramsOf(stem));
                if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                    stems.add(stem);
                }
            }
            return new QueryTerms(stems, trigrams);
        }
    }

    /**
     * One search's query as the index numbers trigrams: which ids it has, how many distinct trigrams it has in all
     * (the unknown ones too), and a mark per id that tells a run of words which ids it has taken already.
     */
    private static final class Query {
        final int size;
        final boolean[] known;
        final int[] taken;
        int run;

        Query(int size, int trigrams) {
            this.size = size;
            this.known = new boolean[trigrams];
            this.taken = new int[trigrams];
        }

        /**
         * The best Jaccard similarity between the query's trigrams and those of a run of at most {@code maxWords}
         * consecutive words of one name ({@code name}: each word's trigram ids), or of the whole name only.
         */
        double bestSpan(int[][] name, int maxWords, boolean wholeNameOnly) {
            double best = 0;
            for (int start = 0; start < (wholeNameOnly ? 1 : name.length); start++) {
                int mark = ++run;
                int size = 0;
                int shared = 0;
                for (int end = start; end < name.length && end - start < maxWords; end++) {
                    for (int id : name[end]) {
                        if (taken[id] != mark) {
                            taken[id] = mark;
                            size++;
                            if (known[id]) {
                                shared++;
                            }
                        }
                    }
                    if (!wholeNameOnly || end == name.length - 1) {
                        best = Math.max(best, (double) shared / (this.size + size - shared));
                    }
                }
            }
            return best;
        }
    }

    /**
     * One exercise as indexed: the trigram ids of each word of each of its names, the number of its first name among
     * all entries' names, and how often each stem occurs.
     */
    private record Entry(Exercise exercise, int[][][] trigrams, int firstName, Map<String, Integer> stems) {

        /** Up to the weight, more where each query word recurs among the names (1 time: half, 2: three quarters...). */
        double wordMatch(Set<String> queryStems) {
            double sum = 0;
            for (String stem : queryStems) {
                sum += 1 - Math.pow(0.5, stems.getOrDefault(stem, 0));
            }
            return WORD_MATCH_WEIGHT * sum / queryStems.size();
        }
    }
}

package dev.kinetic.exercise.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * {@link ExerciseSearch}'s rule computed by brute force, the reference its index is checked against: every active
 * exercise, every run of words of every name, trigrams as sets of strings, nothing skipped. The rule as the search's
 * documentation states it: a word match (every query stem among the exercise's) weighs up to 0.2, more where the stems
 * recur; the best resemblance of a run of at most one word more than the query; a tenth of the best resemblance to a
 * whole name; found on a word match or a resemblance of at least {@link ExerciseSearch#MIN_SIMILARITY}. The words of
 * names and queries are analysed as the search analyses them (its words, stems and trigrams): what it checks is the
 * scoring.
 */
final class ExerciseSearchReference {

    private static final double WORD_MATCH_WEIGHT = 0.2;
    private static final double WHOLE_NAME_WEIGHT = 0.1;

    /** An active exercise: each name as the trigram sets of its stemmed words, and how often each stem occurs. */
    private record Named(Exercise exercise, List<List<Set<String>>> names, Map<String, Integer> stems) {
    }

    private final List<Named> active = new ArrayList<>();

    ExerciseSearchReference(Collection<Exercise> exercises) {
        EnglishStemmer stemmer = new EnglishStemmer();
        for (Exercise exercise : exercises) {
            if (!exercise.isActive()) {
                continue;
            }
            List<List<Set<String>>> names = new ArrayList<>();
            Map<String, Integer> stems = new HashMap<>();
            for (String[] phrase : ExerciseSearch.phrases(exercise)) {
                List<Set<String>> name = new ArrayList<>();
                for (String word : phrase) {
                    String stem = ExerciseSearch.stem(stemmer, word);
                    name.add(new HashSet<>(ExerciseSearch.trigramsOf(stem)));
                    stems.merge(stem, 1, Integer::sum);
                }
                names.add(name);
            }
            active.add(new Named(exercise, names, stems));
        }
    }

    List<ExerciseSearch.Found> search(String text, int limit) {
        List<String> words = ExerciseSearch.words(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        ExerciseSearch.QueryTerms terms = ExerciseSearch.QueryTerms.of(words);
        Set<String> queryStems = terms.stems();
        Set<String> queryTrigrams = terms.trigrams();
        List<ExerciseSearch.Found> found = new ArrayList<>();
        for (Named named : active) {
            Map<String, Integer> stems = named.stems();
            boolean wordMatch = !queryStems.isEmpty() && stems.keySet().containsAll(queryStems);
            double similarity = 0;
            double wholeName = 0;
            for (List<Set<String>> name : named.names()) {
                for (int start = 0; start < name.size(); start++) {
                    // The run from start grows a word at a time; from the first word it grows to the whole name.
                    Set<String> run = new HashSet<>();
                    int shared = 0;
                    for (int end = start; end < name.size(); end++) {
                        for (String trigram : name.get(end)) {
                            shared += run.add(trigram) && queryTrigrams.contains(trigram) ? 1 : 0;
                        }
                        double resemblance = (double) shared / (queryTrigrams.size() + run.size() - shared);
                        if (end - start < words.size() + 1) {
                            similarity = Math.max(similarity, resemblance);
                        }
                        if (start == 0 && end == name.size() - 1) {
                            wholeName = Math.max(wholeName, resemblance);
                        }
                    }
                }
            }
            if (wordMatch || similarity >= ExerciseSearch.MIN_SIMILARITY) {
                double byWords = 0;
                if (wordMatch) {
                    double sum = 0;
                    for (String stem : queryStems) {
                        sum += 1 - Math.pow(0.5, stems.get(stem));
                    }
                    byWords = WORD_MATCH_WEIGHT * sum / queryStems.size();
                }
                found.add(new ExerciseSearch.Found(named.exercise(), byWords + similarity + WHOLE_NAME_WEIGHT * wholeName));
            }
        }
        found.sort(Comparator.comparingDouble(ExerciseSearch.Found::score).reversed().thenComparing(f -> f.exercise().slug()));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }
}

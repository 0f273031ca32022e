package dev.kinetic.plan.domain;

import java.util.List;
import java.util.Set;

/**
 * How a session went: whether it was completed, effort (RPE 1-10, optional), pain during it and
 * the next day (0-10), per-exercise results, and any red-flag symptom that has appeared since.
 */
public record SessionFeedback(boolean completed, Integer effort, int painDuring, int painNextDay,
        List<ExerciseFeedback> exercises, Set<RedFlag> newSymptoms) {

    public enum Rating { TOO_EASY, RIGHT, TOO_HARD }

    public record ExerciseFeedback(String exercise, Integer setsDone, Integer repsDone, Rating rating) {
    }

    public SessionFeedback {
        exercises = List.copyOf(exercises);
        newSymptoms = Set.copyOf(newSymptoms);
    }

    /** Completed without strain: effort 6/10 or less, or every rated exercise too easy. */
    public boolean easy() {
        boolean allTooEasy = !exercises.isEmpty() && exercises.stream().allMatch(e -> e.rating() == Rating.TOO_EASY);
        return completed && ((effort != null && effort <= 6) || allTooEasy);
    }

    public Set<String> rated(Rating rating) {
        return exercises.stream().filter(e -> e.rating() == rating).map(ExerciseFeedback::exercise)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}

package dev.kinetic.plan.application;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.kinetic.plan.domain.RedFlag;
import dev.kinetic.plan.domain.SessionFeedback;
import dev.kinetic.plan.domain.SessionFeedback.Rating;

/** Feedback on a session as stored (the next session's feedback is judged against it); the fields feedback requests have had. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackDocument(Boolean completed, Integer effort, Integer painDuring, Integer painNextDay, List<Exercise> exercises,
        List<RedFlag> newSymptoms) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Exercise(String exercise, Integer setsDone, Integer repsDone, Rating rating) {
    }

    static FeedbackDocument of(SessionFeedback f) {
        return new FeedbackDocument(f.completed(), f.effort(), f.painDuring(), f.painNextDay(),
                f.exercises().stream().map(e -> new Exercise(e.exercise(), e.setsDone(), e.repsDone(), e.rating())).toList(),
                f.newSymptoms().stream().sorted().toList());
    }

    SessionFeedback toDomain() {
        return new SessionFeedback(Boolean.TRUE.equals(completed), effort, painDuring, painNextDay,
                exercises == null ? List.of() : exercises.stream()
                        .map(e -> new SessionFeedback.ExerciseFeedback(e.exercise(), e.setsDone(), e.repsDone(), e.rating())).toList(),
                newSymptoms == null ? Set.of() : Set.copyOf(newSymptoms));
    }
}

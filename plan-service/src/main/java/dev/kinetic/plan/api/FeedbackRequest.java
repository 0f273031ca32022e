package dev.kinetic.plan.api;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.domain.RedFlag;
import dev.kinetic.plan.domain.SessionFeedback;
import dev.kinetic.plan.domain.SessionFeedback.Rating;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How a session went, as the person reports it through a partner app. */
@Schema(name = "SessionFeedback")
public record FeedbackRequest(
        @NotNull Boolean completed,
        @Schema(description = "Rate of perceived exertion, 1-10") @Min(1) @Max(10) Integer effort,
        @Schema(description = "Worst pain during the session, 0-10") @NotNull @Min(0) @Max(10) Integer painDuring,
        @Schema(description = "Pain the next morning, 0-10") @NotNull @Min(0) @Max(10) Integer painNextDay,
        @Size(max = 20) List<@NotNull @Valid ExerciseResult> exercises,
        @Schema(description = "Red-flag symptoms that have appeared since the plan was made") @Size(max = 16)
        List<@NotNull RedFlag> newSymptoms) {

    @Schema(name = "ExerciseResult")
    public record ExerciseResult(
            @NotNull @Pattern(regexp = CreatePlanRequest.SLUG) String exercise,
            @Min(0) @Max(20) Integer setsDone,
            @Min(0) @Max(200) Integer repsDone,
            Rating rating) {
    }

    /** The feedback in the domain's terms. */
    public SessionFeedback toDomain() {
        return new SessionFeedback(completed, effort, painDuring, painNextDay, exercises == null ? List.of() : exercises.stream()
                .map(e -> new SessionFeedback.ExerciseFeedback(e.exercise(), e.setsDone(), e.repsDone(), e.rating())).toList(),
                newSymptoms == null ? Set.of() : Set.copyOf(newSymptoms));
    }
}

package dev.kinetic.exercise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "ExerciseListItem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExerciseListItem(
        ExerciseView exercise,
        @Schema(description = "Present when safeFor was given and the exercise needs caution for that condition") ContraindicationDto caution) {
}

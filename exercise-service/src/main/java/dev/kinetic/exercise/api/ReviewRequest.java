package dev.kinetic.exercise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** An editor's decision on one exercise: a note, and optionally the corrected exercise (its full content). */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Size(max = 1000) String note,
        @Valid @Schema(description = "The exercise as corrected by the reviewer; its slug must be the path's") ExerciseRequest exercise) {
}

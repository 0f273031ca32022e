package dev.kinetic.exercise.api;

import dev.kinetic.exercise.domain.ExerciseLimits;
import dev.kinetic.platform.validation.Prose;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "Contraindication")
public record ContraindicationDto(
        @NotBlank @Size(max = ExerciseLimits.TERM) @Schema(description = "A condition slug, see /api/v1/exercises/conditions", examples = "low-back-pain") String condition,
        @NotBlank @Size(max = ExerciseLimits.TERM) @Schema(enumeration = { "avoid", "caution" }, examples = "caution") String severity,
        @NotBlank @Size(max = ExerciseLimits.REASON) @Prose @Schema(examples = "Loaded spinal flexion can provoke symptoms; keep the range pain-free") String reason) {
}

package dev.kinetic.exercise.api;

import dev.kinetic.exercise.domain.ExerciseLimits;
import dev.kinetic.platform.validation.SingleLine;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An exercise's name and aliases in one language. */
@Schema(name = "LocalNames")
public record LocalNamesDto(
        @NotBlank @Size(max = ExerciseLimits.NAME) @SingleLine @Schema(examples = "Puente de glúteos") String name,
        @Size(max = ExerciseLimits.ALIASES) List<@NotBlank @Size(max = ExerciseLimits.ALIAS) @SingleLine String> aliases) {
}

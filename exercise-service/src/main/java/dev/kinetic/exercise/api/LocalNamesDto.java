package dev.kinetic.exercise.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An exercise's name and aliases in one language. */
@Schema(name = "LocalNames")
public record LocalNamesDto(
        @NotBlank @Size(max = 120) @Schema(examples = "Puente de glúteos") String name,
        @Size(max = 20) List<@NotBlank @Size(max = 80) String> aliases) {
}

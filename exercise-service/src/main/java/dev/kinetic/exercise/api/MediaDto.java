package dev.kinetic.exercise.api;

import dev.kinetic.exercise.domain.ExerciseLimits;
import dev.kinetic.platform.validation.SafeUrl;
import dev.kinetic.platform.validation.SingleLine;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "Media", description = "An image or video under a licence Kinetic can honour")
public record MediaDto(
        @NotBlank @Size(max = ExerciseLimits.URL) @SafeUrl @Pattern(regexp = "https://.*", message = "must be an https URL") String url,
        @NotBlank @Size(max = ExerciseLimits.TERM) @Schema(enumeration = { "image", "video" }) String type,
        @NotBlank @Size(max = ExerciseLimits.TERM) @Schema(enumeration = { "CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "kinetic-own" }) String licence,
        @Size(max = ExerciseLimits.ATTRIBUTION) @SingleLine String attribution) {
}

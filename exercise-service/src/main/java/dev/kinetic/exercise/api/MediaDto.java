package dev.kinetic.exercise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "Media", description = "An image or video under a licence Kinetic can honour")
public record MediaDto(
        @NotBlank @Size(max = 500) String url,
        @NotBlank @Schema(enumeration = { "image", "video" }) String type,
        @NotBlank @Schema(enumeration = { "CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "kinetic-own" }) String licence,
        @Size(max = 300) String attribution) {
}

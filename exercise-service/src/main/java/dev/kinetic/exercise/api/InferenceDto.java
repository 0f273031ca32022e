package dev.kinetic.exercise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value the catalog inferred, the evidence it rests on and how sure the rule is. */
@Schema(name = "Inference")
public record InferenceDto(
        @Schema(examples = "pattern") String field,
        @Schema(examples = "hip-extension") String value,
        String evidence,
        @Schema(enumeration = { "low", "medium", "high" }) String confidence) {
}

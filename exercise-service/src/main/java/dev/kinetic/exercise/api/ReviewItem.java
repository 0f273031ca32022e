package dev.kinetic.exercise.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exercise in the review queue, with what the catalog inferred about it and why. */
@Schema(name = "ReviewItem")
public record ReviewItem(String slug, String name, int version, OriginDto origin, ReviewDto review, List<InferenceDto> inferences,
        @Schema(description = "The lowest confidence among the inferences (high when nothing was inferred)") String confidence) {
}

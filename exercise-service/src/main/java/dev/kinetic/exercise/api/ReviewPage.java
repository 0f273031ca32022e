package dev.kinetic.exercise.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Exercises in one review state, with what the catalog inferred about each and why. */
@Schema(name = "ReviewPage")
public record ReviewPage(List<Item> items, int page, int size, long total) {

    @Schema(name = "ReviewItem")
    public record Item(String slug, String name, int version, OriginDto origin, ReviewDto review, List<InferenceDto> inferences,
            @Schema(description = "The lowest confidence among the inferences (high when nothing was inferred)") String confidence) {
    }
}

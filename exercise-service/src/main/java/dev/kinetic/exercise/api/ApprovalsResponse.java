package dev.kinetic.exercise.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer per slug of a batch approval. */
@Schema(name = "ApprovalsResponse")
public record ApprovalsResponse(int approved, int stale, int notFound, List<Item> items) {

    @Schema(name = "ApprovalOutcome")
    public record Item(String slug, @Schema(enumeration = { "approved", "stale", "not-found" }) String outcome, Integer version) {
    }
}

package dev.kinetic.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending field of a request and what is wrong with it. */
@Schema(description = "A field of the request that failed validation")
public record Violation(
        @Schema(description = "Path of the field in the request", examples = "sets") String field,
        @Schema(description = "What is wrong with it", examples = "must be between 1 and 10") String message) {
}

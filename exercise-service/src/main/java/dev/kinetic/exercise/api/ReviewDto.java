package dev.kinetic.exercise.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An exercise's review state; only approved exercises go into plans. */
@Schema(name = "Review")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewDto(
        @Schema(enumeration = { "unreviewed", "approved", "rejected" }) String status,
        @Schema(description = "Who approved or rejected it") String by,
        Instant at,
        String note) {
}

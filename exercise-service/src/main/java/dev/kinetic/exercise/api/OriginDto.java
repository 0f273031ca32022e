package dev.kinetic.exercise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where an exercise comes from (set by the catalog, never by a request). */
@Schema(name = "Origin")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OriginDto(
        @Schema(enumeration = { "curated", "imported" }) String kind,
        @Schema(description = "The public data set it was imported from", examples = "free-exercise-db") String dataSet,
        @Schema(description = "The record's id in that data set") String recordId) {
}

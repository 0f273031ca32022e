package dev.kinetic.exercise.application;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "ImportReport", description = "What an import did (or, in a dry run, would do) to each record")
public record ImportReport(
        @Schema(enumeration = { "kinetic", "free-exercise-db" }) String format,
        boolean dryRun,
        int received,
        int created,
        int updated,
        int unchanged,
        int rejected,
        long elapsedMillis,
        List<Item> items) {

    @Schema(name = "ImportItem")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(
            @Schema(description = "Position of the record in the file, from 0") int index,
            @Schema(description = "The record's id in the file") String sourceId,
            @Schema(description = "The exercise's slug in Kinetic") String slug,
            @Schema(enumeration = { "created", "updated", "unchanged", "rejected" }) String outcome,
            Integer version,
            String reason,
            List<String> notes) {
    }
}

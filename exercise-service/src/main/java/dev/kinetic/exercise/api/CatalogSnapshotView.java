package dev.kinetic.exercise.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CatalogSnapshot", description = "Every active exercise, for consumers that bootstrap without Kafka")
public record CatalogSnapshotView(
        @Schema(description = "Catalog revision: increases with every change to any exercise") long revision,
        int count,
        List<ExerciseView> exercises) {
}

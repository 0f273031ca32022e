package dev.kinetic.exercise.api;

import dev.kinetic.contracts.catalog.CatalogVocabulary;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CatalogSnapshot", description = "Every active exercise, for consumers that bootstrap without Kafka")
public record CatalogSnapshotView(
        @Schema(description = "Catalog revision: increases with every change to any exercise") long revision,
        int count,
        List<ExerciseView> exercises,
        @Schema(description = "The catalog's vocabularies, as on the exercise-catalog topic") CatalogVocabulary vocabulary) {
}

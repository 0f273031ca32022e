package dev.kinetic.exercise.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a list response: {@link CatalogRepresentations} assembles it from cached JSON fragments, as a {@code Page} of these items. */
@Schema(name = "ExercisePage")
public record ExercisePage(List<ExerciseListItem> items, int page, int size, long total) {
}

package dev.kinetic.exercise.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExercisePage")
public record ExercisePage(List<ExerciseListItem> items, int page, int size, long total) {
}

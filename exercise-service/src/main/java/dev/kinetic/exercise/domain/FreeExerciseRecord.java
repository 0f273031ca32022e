package dev.kinetic.exercise.domain;

import java.util.List;

/**
 * One record of the public-domain free-exercise-db data set, as published: 17 coarse muscle
 * names, its own equipment words, and optional fields that are often null.
 */
public record FreeExerciseRecord(
        String id,
        String name,
        String force,
        String level,
        String mechanic,
        String equipment,
        List<String> primaryMuscles,
        List<String> secondaryMuscles,
        List<String> instructions,
        String category,
        List<String> images) {
}

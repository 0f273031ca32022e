package dev.kinetic.exercise.domain;

import java.util.Set;

/**
 * A catalog filter. Null or empty criteria do not filter. {@code muscles} is already expanded
 * (a group stands for all its muscles) and matches primary muscles; {@code ownedEquipment}
 * keeps exercises needing nothing beyond it; {@code safeFor} drops exercises to avoid for that
 * condition and marks those needing caution.
 */
public record ExerciseQuery(
        Set<Muscle> muscles,
        Set<Equipment> ownedEquipment,
        MovementPattern pattern,
        Level maxLevel,
        Laterality laterality,
        Condition safeFor,
        boolean includeRetired,
        ExerciseSort sort,
        boolean descending,
        int page,
        int size) {

    public static ExerciseQuery all() {
        return new ExerciseQuery(Set.of(), null, null, null, null, null, false, ExerciseSort.NAME, false, 0, Integer.MAX_VALUE);
    }

    boolean matches(Exercise exercise) {
        if (!includeRetired && !exercise.isActive()) {
            return false;
        }
        if (muscles != null && !muscles.isEmpty() && exercise.primaryMuscles().stream().noneMatch(muscles::contains)) {
            return false;
        }
        if (ownedEquipment != null && !exercise.doableWith(ownedEquipment)) {
            return false;
        }
        if (pattern != null && exercise.pattern() != pattern) {
            return false;
        }
        if (maxLevel != null && !exercise.level().atMost(maxLevel)) {
            return false;
        }
        if (laterality != null && exercise.laterality() != laterality) {
            return false;
        }
        return safeFor == null || exercise.contraindicationFor(safeFor)
                .map(c -> c.severity() != Severity.AVOID)
                .orElse(true);
    }
}

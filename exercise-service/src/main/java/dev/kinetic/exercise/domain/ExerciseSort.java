package dev.kinetic.exercise.domain;

import java.util.Comparator;

/** Orders of a catalog listing; ties are broken by slug so pages are stable. */
public enum ExerciseSort {
    NAME(Comparator.comparing(Exercise::name, String.CASE_INSENSITIVE_ORDER)),
    LEVEL(Comparator.comparing(Exercise::level)),
    PATTERN(Comparator.comparing(Exercise::pattern)),
    UPDATED(Comparator.comparing(Exercise::version));

    private final Comparator<Exercise> order;

    ExerciseSort(Comparator<Exercise> order) {
        this.order = order;
    }

    public Comparator<Exercise> comparator(boolean descending) {
        Comparator<Exercise> primary = descending ? order.reversed() : order;
        return primary.thenComparing(Exercise::slug);
    }
}

package dev.kinetic.exercise.domain;

/** Retired exercises stay in the catalog's history and in plans that used them, but are no longer offered. */
public enum ExerciseStatus implements Vocabulary {
    ACTIVE("Active"),
    RETIRED("Retired");

    private final String label;

    ExerciseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package dev.kinetic.exercise.domain;

/** Difficulty, ordered: a "max level" filter admits this level and those below it. */
public enum Level implements Vocabulary {
    BEGINNER("Beginner"),
    INTERMEDIATE("Intermediate"),
    ADVANCED("Advanced");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean atMost(Level max) {
        return compareTo(max) <= 0;
    }
}

package dev.kinetic.exercise.domain;

/** How a condition limits an exercise: avoid it, or do it with care. */
public enum Severity implements Vocabulary {
    AVOID("Avoid"),
    CAUTION("Caution");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

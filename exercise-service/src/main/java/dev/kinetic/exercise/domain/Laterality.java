package dev.kinetic.exercise.domain;

/** Both sides at once, or one side at a time. */
public enum Laterality implements Vocabulary {
    BILATERAL("Bilateral"),
    UNILATERAL("Unilateral");

    private final String label;

    Laterality(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package dev.kinetic.exercise.domain;

/** Whether an exercise moves several joints or one. */
public enum Mechanic implements Vocabulary {
    COMPOUND("Compound"),
    ISOLATION("Isolation");

    private final String label;

    Mechanic(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package dev.kinetic.exercise.domain;

/** How much compressive or shear load an exercise puts on the lumbar spine. */
public enum SpinalLoad implements Vocabulary {
    NONE("None"),
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High");

    private final String label;

    SpinalLoad(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package dev.kinetic.exercise.domain;

/** Coarse regions people search by; a group expands to the detailed muscles in it. */
public enum MuscleGroup implements Vocabulary {
    GLUTES("Glutes"),
    HIP_ABDUCTORS("Hip abductors"),
    HIP_FLEXORS("Hip flexors"),
    ADDUCTORS("Adductors"),
    QUADRICEPS("Quadriceps"),
    HAMSTRINGS("Hamstrings"),
    CALVES("Calves"),
    CORE("Core"),
    LOWER_BACK("Lower back"),
    CHEST("Chest"),
    UPPER_BACK("Upper back"),
    SHOULDERS("Shoulders"),
    ARMS("Arms");

    private final String label;

    MuscleGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package dev.kinetic.exercise.domain;

/** The movement an exercise trains; plans fill pattern slots (hip extension, abduction, anti-extension...). */
public enum MovementPattern implements Vocabulary {
    HIP_EXTENSION("Hip extension / bridge"),
    HINGE("Hinge"),
    SQUAT("Squat"),
    LUNGE("Lunge / single leg"),
    HIP_ABDUCTION("Hip abduction"),
    HIP_ADDUCTION("Hip adduction"),
    ANTI_EXTENSION("Anti-extension core"),
    ANTI_ROTATION("Anti-rotation core"),
    ANTI_LATERAL_FLEXION("Anti-lateral-flexion core"),
    CARRY("Loaded carry"),
    HORIZONTAL_PUSH("Horizontal push"),
    VERTICAL_PUSH("Vertical push"),
    HORIZONTAL_PULL("Horizontal pull"),
    VERTICAL_PULL("Vertical pull"),
    CALF_RAISE("Calf raise"),
    MOBILITY("Mobility"),
    STRETCH("Stretch"),
    CONDITIONING("Conditioning"),
    SPINAL_FLEXION("Spinal flexion (crunches, sit-ups, leg raises)"),
    ROTATION("Trunk rotation"),
    SPINAL_EXTENSION("Spinal extension (back extensions)"),
    PLYOMETRIC("Jump / plyometric"),
    OLYMPIC_LIFT("Olympic lift");

    private final String label;

    MovementPattern(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

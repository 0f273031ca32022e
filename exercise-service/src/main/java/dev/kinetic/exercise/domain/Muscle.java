package dev.kinetic.exercise.domain;

import static dev.kinetic.exercise.domain.MuscleGroup.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Muscles in the detail rehabilitation needs (gluteus medius apart from maximus, the hip flexors
 * apart from the quadriceps), each in one or more coarse groups.
 */
public enum Muscle implements Vocabulary {
    GLUTEUS_MAXIMUS("Gluteus maximus", GLUTES),
    GLUTEUS_MEDIUS("Gluteus medius", GLUTES, HIP_ABDUCTORS),
    GLUTEUS_MINIMUS("Gluteus minimus", GLUTES, HIP_ABDUCTORS),
    TENSOR_FASCIAE_LATAE("Tensor fasciae latae", HIP_ABDUCTORS, HIP_FLEXORS),
    ILIOPSOAS("Iliopsoas", HIP_FLEXORS),
    RECTUS_FEMORIS("Rectus femoris", HIP_FLEXORS, MuscleGroup.QUADRICEPS),
    QUADRICEPS("Quadriceps (vasti)", MuscleGroup.QUADRICEPS),
    HAMSTRINGS("Hamstrings", MuscleGroup.HAMSTRINGS),
    ADDUCTORS("Adductors", MuscleGroup.ADDUCTORS),
    CALVES("Calves", MuscleGroup.CALVES),
    RECTUS_ABDOMINIS("Rectus abdominis", CORE),
    OBLIQUES("Obliques", CORE),
    TRANSVERSUS_ABDOMINIS("Transversus abdominis", CORE),
    MULTIFIDUS("Multifidus", CORE, LOWER_BACK),
    ERECTOR_SPINAE("Erector spinae", CORE, LOWER_BACK),
    QUADRATUS_LUMBORUM("Quadratus lumborum", CORE, LOWER_BACK),
    PECTORALS("Pectorals", CHEST),
    LATISSIMUS_DORSI("Latissimus dorsi", UPPER_BACK),
    TRAPEZIUS("Trapezius", UPPER_BACK),
    RHOMBOIDS("Rhomboids", UPPER_BACK),
    DELTOIDS("Deltoids", SHOULDERS),
    ROTATOR_CUFF("Rotator cuff", SHOULDERS),
    BICEPS("Biceps", ARMS),
    TRICEPS("Triceps", ARMS),
    FOREARMS("Forearms", ARMS);

    private final String label;
    private final Set<MuscleGroup> groups;

    Muscle(String label, MuscleGroup first, MuscleGroup... more) {
        this.label = label;
        this.groups = EnumSet.of(first, more);
    }

    @Override
    public String label() {
        return label;
    }

    public Set<MuscleGroup> groups() {
        return EnumSet.copyOf(groups);
    }

    /** The muscles of a group: searching "glutes" finds gluteus medius work too. */
    public static Set<Muscle> in(MuscleGroup group) {
        Set<Muscle> muscles = EnumSet.noneOf(Muscle.class);
        for (Muscle muscle : values()) {
            if (muscle.groups.contains(group)) {
                muscles.add(muscle);
            }
        }
        return muscles;
    }
}

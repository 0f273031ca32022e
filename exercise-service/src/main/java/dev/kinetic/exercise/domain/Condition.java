package dev.kinetic.exercise.domain;

/** Conditions an exercise can be contraindicated for and a plan can be asked to respect. */
public enum Condition implements Vocabulary {
    LOW_BACK_PAIN("Low back pain"),
    SCIATICA("Sciatica"),
    ANTERIOR_PELVIC_TILT("Anterior pelvic tilt"),
    POSTERIOR_PELVIC_TILT("Posterior pelvic tilt"),
    KNEE_PAIN("Knee pain"),
    HIP_PAIN("Hip pain"),
    SHOULDER_PAIN("Shoulder pain"),
    WRIST_PAIN("Wrist pain"),
    PREGNANCY("Pregnancy"),
    OSTEOPOROSIS("Osteoporosis"),
    HYPERTENSION("High blood pressure");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

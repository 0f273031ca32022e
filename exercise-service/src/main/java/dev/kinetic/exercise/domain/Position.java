package dev.kinetic.exercise.domain;

/** The body position an exercise starts from (matters in pregnancy and for people who cannot get down to the floor). */
public enum Position implements Vocabulary {
    SUPINE("Lying on the back"),
    PRONE("Lying face down"),
    SIDE_LYING("Lying on the side"),
    QUADRUPED("On hands and knees"),
    KNEELING("Kneeling"),
    SEATED("Seated"),
    STANDING("Standing"),
    HANGING("Hanging");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

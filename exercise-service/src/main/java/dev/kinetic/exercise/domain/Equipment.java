package dev.kinetic.exercise.domain;

/** What an exercise needs. Bodyweight means nothing at all and is always available. */
public enum Equipment implements Vocabulary {
    BODYWEIGHT("Bodyweight (none)"),
    MAT("Mat"),
    RESISTANCE_BAND("Resistance band"),
    MINI_BAND("Mini band"),
    DUMBBELL("Dumbbell"),
    KETTLEBELL("Kettlebell"),
    BARBELL("Barbell"),
    EZ_BAR("EZ curl bar"),
    BENCH("Bench"),
    STEP("Step or box"),
    CABLE("Cable machine"),
    MACHINE("Machine"),
    STABILITY_BALL("Stability ball"),
    MEDICINE_BALL("Medicine ball"),
    FOAM_ROLLER("Foam roller"),
    PULL_UP_BAR("Pull-up bar"),
    PARTNER("A partner (manual resistance, assistance)"),
    OTHER("Other");

    private final String label;

    Equipment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

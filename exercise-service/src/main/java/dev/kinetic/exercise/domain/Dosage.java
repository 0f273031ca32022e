package dev.kinetic.exercise.domain;

/**
 * A default prescription: sets of a repetition range, or sets of an isometric hold. Unilateral
 * exercises are dosed per side. Defaults follow general novice strength guidance (1-3 sets of
 * 8-12) and isometric core holds starting at 10-30 s.
 */
public record Dosage(int sets, Integer repsMin, Integer repsMax, Integer holdSeconds) {

    public static Dosage reps(int sets, int min, int max) {
        return new Dosage(sets, min, max, null);
    }

    public static Dosage hold(int sets, int seconds) {
        return new Dosage(sets, null, null, seconds);
    }

    public boolean isHold() {
        return holdSeconds != null;
    }
}

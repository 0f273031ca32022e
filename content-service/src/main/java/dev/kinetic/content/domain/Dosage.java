package dev.kinetic.content.domain;

/**
 * A dosage an article gives for an exercise. Null parts were not stated. Rounds count as sets;
 * {@code perSide} means the reps or hold apply to each side (leg, arm, direction); {@code restSeconds}
 * is the rest between sets; {@code lowerSeconds} is a stated lowering tempo ("lower over 3 seconds"),
 * which is not a hold.
 */
public record Dosage(Integer sets, Integer repsMin, Integer repsMax, Integer holdSeconds, Boolean perSide,
        Integer restSeconds, Integer lowerSeconds) {

    public Dosage(Integer sets, Integer repsMin, Integer repsMax, Integer holdSeconds) {
        this(sets, repsMin, repsMax, holdSeconds, null, null, null);
    }

    public boolean isEmpty() {
        return sets == null && repsMin == null && holdSeconds == null && restSeconds == null && lowerSeconds == null;
    }

    /** This dosage with the parts it lacks taken from {@code other}: the first statement of each part wins. */
    public Dosage orElse(Dosage other) {
        if (other == null) {
            return this;
        }
        boolean ownReps = repsMin != null;
        return new Dosage(sets != null ? sets : other.sets, ownReps ? repsMin : other.repsMin, ownReps ? repsMax : other.repsMax,
                holdSeconds != null ? holdSeconds : other.holdSeconds,
                Boolean.TRUE.equals(perSide) || Boolean.TRUE.equals(other.perSide) ? Boolean.TRUE : null,
                restSeconds != null ? restSeconds : other.restSeconds, lowerSeconds != null ? lowerSeconds : other.lowerSeconds);
    }
}

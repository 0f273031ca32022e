package dev.kinetic.plan.domain;

/** Training level, ordered. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public boolean atMost(Level max) {
        return compareTo(max) <= 0;
    }
}

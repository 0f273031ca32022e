package dev.kinetic.exercise.domain;

/** Why an exercise should be avoided, or done with care, by someone with a condition. */
public record Contraindication(Condition condition, Severity severity, String reason) {
}

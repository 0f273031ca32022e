package dev.kinetic.content.domain;

/** A dosage an article gives for an exercise: sets of a rep range, or a hold. Null parts were not stated. */
public record Dosage(Integer sets, Integer repsMin, Integer repsMax, Integer holdSeconds) {
}

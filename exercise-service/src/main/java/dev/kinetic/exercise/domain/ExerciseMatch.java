package dev.kinetic.exercise.domain;

import java.util.Optional;

/** An exercise a query found, with the caution that applies to the condition asked about, if any. */
public record ExerciseMatch(Exercise exercise, Optional<Contraindication> caution) {
}

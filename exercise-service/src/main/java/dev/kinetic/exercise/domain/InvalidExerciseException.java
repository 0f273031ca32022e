package dev.kinetic.exercise.domain;

import java.util.List;

/** An exercise that breaks the catalog's rules; carries every broken rule, not just the first. */
public class InvalidExerciseException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidExerciseException(List<FieldError> errors) {
        super(errors.size() + " catalog rule(s) broken: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

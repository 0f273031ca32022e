package dev.kinetic.exercise.domain;

/** One broken rule, located by the field path a client sent. */
public record FieldError(String field, String message) {
}

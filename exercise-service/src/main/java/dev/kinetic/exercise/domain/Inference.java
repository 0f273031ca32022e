package dev.kinetic.exercise.domain;

/**
 * A value the catalog inferred rather than read from its source: the field, the value, the evidence
 * (the source's fields and the rule that used them) and how sure the rule is (low, medium, high).
 */
public record Inference(String field, String value, String evidence, String confidence) {
}

package dev.kinetic.content.domain;

/** A catalog entity found in text: what kind, which slug, where (offsets into the text), and any dosage given with it. */
public record Mention(Kind kind, String slug, int start, int end, Dosage dosage) {

    public enum Kind { EXERCISE, MUSCLE, CONDITION }
}

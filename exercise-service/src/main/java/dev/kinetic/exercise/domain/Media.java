package dev.kinetic.exercise.domain;

import java.util.Set;

/** An image or video of an exercise. Only media under a licence we can honour are kept. */
public record Media(String url, String type, String licence, String attribution) {

    /** Licences whose terms Kinetic can meet (attribution is stored and shown). */
    public static final Set<String> KNOWN_LICENCES = Set.of("CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "kinetic-own");

    public static final Set<String> TYPES = Set.of("image", "video");
}

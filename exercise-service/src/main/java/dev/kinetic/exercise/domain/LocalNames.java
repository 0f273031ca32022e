package dev.kinetic.exercise.domain;

import java.util.List;

/** What an exercise is called in one language: the name readers know it by there, and other names. */
public record LocalNames(String name, List<String> aliases) {
    public LocalNames {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}

package dev.kinetic.exercise.domain;

import java.util.List;

/** The outcome of reading one imported record: an exercise (with notes on what was inferred), or a rejection. */
public sealed interface Translation {

    record Translated(Exercise exercise, List<String> notes) implements Translation {
    }

    record Rejected(String sourceId, String reason) implements Translation {
    }
}

package dev.kinetic.plan.domain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * plan-service's in-memory view of the catalog, built from the compacted exercise-catalog topic.
 * Only a newer version of an exercise replaces what is held, so replays, duplicates and
 * out-of-order redeliveries leave it unchanged. Safe to read while the consumer writes.
 */
public final class CatalogIndex {

    private record Versioned(CatalogExercise exercise, int version) {
    }

    private final Map<String, Versioned> exercises = new ConcurrentHashMap<>();

    /** Applies an exercise's state at {@code version}; true if it was newer than what was held. */
    public boolean apply(CatalogExercise exercise, int version) {
        boolean[] applied = { false };
        exercises.compute(exercise.slug(), (slug, held) -> {
            if (held != null && held.version() >= version) {
                return held;
            }
            applied[0] = true;
            return new Versioned(exercise, version);
        });
        return applied[0];
    }

    /** Every exercise held, retired ones included (plans that use them need their substitutes). */
    public List<CatalogExercise> exercises() {
        return exercises.values().stream().map(Versioned::exercise).toList();
    }

    public int versionOf(String slug) {
        Versioned held = exercises.get(slug);
        return held == null ? 0 : held.version();
    }

    public int size() {
        return exercises.size();
    }
}

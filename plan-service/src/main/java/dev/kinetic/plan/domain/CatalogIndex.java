package dev.kinetic.plan.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * plan-service's in-memory view of the catalog, built from the compacted exercise-catalog topic.
 * Only a newer version of an exercise replaces what is held, so replays, duplicates and
 * out-of-order redeliveries leave it unchanged. Safe to read while the consumer writes.
 *
 * <p>Its {@link #version()} is the sum of the versions held: every applied change raises it, and
 * two replicas holding the same catalog report the same number, so a plan records which catalog
 * it was generated from.
 */
public final class CatalogIndex {

    private record Versioned(CatalogExercise exercise, int version) {
    }

    private final Map<String, Versioned> exercises = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    /**
     * Every exercise held at one catalog version, retired ones included (plans that use them need their substitutes),
     * and arranged for plan generation and adaptation; plans record the version they were generated from.
     */
    public record Snapshot(long version, List<CatalogExercise> exercises, PlanCatalog arranged) {

        public Snapshot(long version, List<CatalogExercise> exercises) {
            this(version, exercises, PlanCatalog.of(exercises));
        }
    }

    /** The snapshot last handed out, valid while {@link #version} is unchanged. */
    private volatile Snapshot listing = new Snapshot(0, List.of());

    /** Applies an exercise's state at {@code version}; true if it was newer than what was held. */
    public boolean apply(CatalogExercise exercise, int version) {
        int[] raisedBy = { 0 };
        exercises.compute(exercise.slug(), (slug, held) -> {
            if (held != null && held.version() >= version) {
                return held;
            }
            raisedBy[0] = version - (held == null ? 0 : held.version());
            return new Versioned(exercise, version);
        });
        // Raised after the map holds the change, so a listing tagged with the new version includes it.
        this.version.addAndGet(raisedBy[0]);
        return raisedBy[0] > 0;
    }

    /** The exercises with the version they make up; built once per catalog change, then shared. */
    public Snapshot snapshot() {
        long now = version.get();
        Snapshot current = listing;
        if (current.version() != now) {
            current = new Snapshot(now, exercises.values().stream().map(Versioned::exercise)
                    .sorted(Comparator.comparing(CatalogExercise::slug)).toList());
            listing = current;
        }
        return current;
    }

    /** Whether the catalog offers {@code slug} in plans now: held, active and approved. */
    public boolean offers(String slug) {
        Versioned held = exercises.get(slug);
        return held != null && held.exercise().active();
    }

    public int versionOf(String slug) {
        Versioned held = exercises.get(slug);
        return held == null ? 0 : held.version();
    }

    public long version() {
        return version.get();
    }

    public int size() {
        return exercises.size();
    }
}

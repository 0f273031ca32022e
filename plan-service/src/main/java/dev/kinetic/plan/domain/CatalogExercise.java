package dev.kinetic.plan.domain;

import java.util.Map;
import java.util.Set;

/**
 * An exercise as plan generation needs it, from plan-service's index of the catalog: what it
 * trains, what it needs, how hard it is, who must avoid it, and its neighbours on the ladder.
 */
public record CatalogExercise(String slug, String name, String pattern, Level level, Set<String> equipment,
        Set<String> primaryMuscles, Map<String, Severity> contraindications, boolean unilateral, Integer holdSeconds,
        String regression, String progression, boolean active) {

    public enum Severity { AVOID, CAUTION }

    public CatalogExercise {
        equipment = Set.copyOf(equipment);
        primaryMuscles = Set.copyOf(primaryMuscles);
        contraindications = Map.copyOf(contraindications);
    }

    public boolean isHold() {
        return holdSeconds != null;
    }

    /** Bodyweight is always available; anything else must be owned. */
    public boolean doableWith(Set<String> owned) {
        // A loop, not a stream: this runs for every candidate of every plan.
        for (String needed : equipment) {
            if (!needed.equals("bodyweight") && !owned.contains(needed)) {
                return false;
            }
        }
        return true;
    }

    public boolean trainsAny(Set<String> muscles) {
        return primaryMuscles.stream().anyMatch(muscles::contains);
    }
}

package dev.kinetic.plan.domain;

import java.util.Set;

/**
 * A place in a session for one movement pattern, optionally narrowed to exercises that train
 * given muscles, with the reason it is in the plan (a goal or a condition).
 */
public record Slot(String pattern, Set<String> muscles, String reason) {

    public Slot {
        muscles = Set.copyOf(muscles);
    }

    public boolean accepts(CatalogExercise e) {
        return pattern.equals(e.pattern()) && (muscles.isEmpty() || e.trainsAny(muscles));
    }
}

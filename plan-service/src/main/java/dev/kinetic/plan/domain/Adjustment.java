package dev.kinetic.plan.domain;

import java.util.List;
import java.util.Set;

/**
 * What feedback on a session decides for the rest of the plan, and why. {@code exercises} are the
 * ones the action applies to; an empty set means every exercise of that session.
 */
public record Adjustment(Action action, Set<String> exercises, boolean reduceVolume, String reason, List<RedFlag> flags) {

    public enum Action {
        /** Carry on as planned. */
        KEEP,
        /** Move the exercises up their ladder (or add reps/hold where there is no next step). */
        PROGRESS,
        /** Move the exercises down their ladder, and cut a set when pain says the load was too much. */
        REGRESS,
        /** Stop the plan and refer: a red-flag symptom appeared. */
        PAUSE
    }

    public Adjustment {
        exercises = Set.copyOf(exercises);
        flags = List.copyOf(flags);
    }

    static Adjustment keep(String reason) {
        return new Adjustment(Action.KEEP, Set.of(), false, reason, List.of());
    }
}

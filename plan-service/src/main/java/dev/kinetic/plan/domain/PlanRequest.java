package dev.kinetic.plan.domain;

import java.util.List;
import java.util.Set;

/** What a partner app asks a plan for, once screening has cleared the person. */
public record PlanRequest(List<Goal> goals, Level level, Set<String> equipment, int daysPerWeek, int minutesPerSession,
        int weeks, Set<String> conditions, int currentPain, Set<String> excludedExercises) {

    public PlanRequest {
        goals = List.copyOf(goals);
        equipment = Set.copyOf(equipment);
        conditions = Set.copyOf(conditions);
        excludedExercises = Set.copyOf(excludedExercises);
    }
}

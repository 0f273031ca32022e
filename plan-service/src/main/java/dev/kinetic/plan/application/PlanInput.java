package dev.kinetic.plan.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.kinetic.plan.domain.Goal;
import dev.kinetic.plan.domain.Level;
import dev.kinetic.plan.domain.Trauma;

/**
 * What a partner asked a plan for, as plan-service keeps it: in each stored version (feedback regenerates from
 * it) and, as JSON, hashed for idempotent replays — so its field names and order are those requests have had.
 */
public record PlanInput(List<Goal> goals, Level level, List<String> equipment, Integer daysPerWeek, Integer minutesPerSession,
        Integer weeks, List<String> conditions, Integer currentPain, Integer age, Screening screening, List<String> excludeExercises,
        LocalDate startDate, String timeZone, LocalTime sessionTime, String locale) {

    /** Answers to the red-flag questions. */
    public record Screening(Boolean saddleNumbness, Boolean newBladderProblems, Boolean bowelIncontinence,
            Boolean progressiveLegWeakness, Trauma recentTrauma, Boolean osteoporosis, Boolean historyOfCancer, Boolean feverOrChills,
            Boolean unexplainedWeightLoss, Boolean recentBacterialInfection, Boolean intravenousDrugUse, Boolean immunosuppression,
            Boolean painWorseLyingDownOrAtNight, Boolean newEpisode) {
    }

    public List<String> equipmentOrNone() {
        return equipment == null ? List.of() : equipment;
    }

    public List<String> conditionsOrNone() {
        return conditions == null ? List.of() : conditions;
    }

    public List<String> excludedOrNone() {
        return excludeExercises == null ? List.of() : excludeExercises;
    }
}

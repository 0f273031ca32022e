package dev.kinetic.plan.api;

import dev.kinetic.plan.application.PlanInput;

/** Between the API's plan request and the input plan-service keeps; field by field, both ways. */
final class PlanRequestMapping {

    private PlanRequestMapping() {
    }

    static PlanInput toInput(CreatePlanRequest r) {
        Screening s = r.screening();
        return new PlanInput(r.goals(), r.level(), r.equipment(), r.daysPerWeek(), r.minutesPerSession(), r.weeks(), r.conditions(),
                r.currentPain(), r.age(), s == null ? null : new PlanInput.Screening(s.saddleNumbness(), s.newBladderProblems(),
                        s.bowelIncontinence(), s.progressiveLegWeakness(), s.recentTrauma(), s.osteoporosis(), s.historyOfCancer(),
                        s.feverOrChills(), s.unexplainedWeightLoss(), s.recentBacterialInfection(), s.intravenousDrugUse(),
                        s.immunosuppression(), s.painWorseLyingDownOrAtNight(), s.newEpisode()),
                r.excludeExercises(), r.startDate(), r.timeZone(), r.sessionTime(), r.locale());
    }

    static CreatePlanRequest toRequest(PlanInput i) {
        PlanInput.Screening s = i.screening();
        return new CreatePlanRequest(i.goals(), i.level(), i.equipment(), i.daysPerWeek(), i.minutesPerSession(), i.weeks(),
                i.conditions(), i.currentPain(), i.age(), s == null ? null : new Screening(s.saddleNumbness(), s.newBladderProblems(),
                        s.bowelIncontinence(), s.progressiveLegWeakness(), s.recentTrauma(), s.osteoporosis(), s.historyOfCancer(),
                        s.feverOrChills(), s.unexplainedWeightLoss(), s.recentBacterialInfection(), s.intravenousDrugUse(),
                        s.immunosuppression(), s.painWorseLyingDownOrAtNight(), s.newEpisode()),
                i.excludeExercises(), i.startDate(), i.timeZone(), i.sessionTime(), i.locale());
    }
}

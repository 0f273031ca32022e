package dev.kinetic.plan.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.kinetic.plan.domain.Conditions;
import dev.kinetic.plan.domain.PlanRequest;
import dev.kinetic.plan.domain.Schedule;
import dev.kinetic.plan.domain.ScreeningAnswers;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
import dev.kinetic.platform.problem.Violation;

/**
 * Turns a validated request body into the domain's inputs, checking what bean validation cannot:
 * known conditions, a real time zone, screening and age when a back condition is named.
 */
public final class PlanRequests {

    static final LocalTime DEFAULT_SESSION_TIME = LocalTime.of(18, 0);
    static final String DEFAULT_LOCALE = "en";

    private PlanRequests() {
    }

    public static void check(CreatePlanRequest body) {
        List<Violation> violations = new ArrayList<>();
        List<String> conditions = body.conditionsOrNone();
        for (int i = 0; i < conditions.size(); i++) {
            if (!Conditions.KNOWN.contains(conditions.get(i))) {
                violations.add(new Violation("conditions[" + i + "]", "unknown condition; one of: "
                        + String.join(", ", Conditions.KNOWN.stream().sorted().toList())));
            }
        }
        if (new HashSet<>(body.goals()).size() != body.goals().size()) {
            violations.add(new Violation("goals", "a goal is listed twice"));
        }
        if (Conditions.needsScreening(Set.copyOf(conditions)) && body.screening() == null) {
            violations.add(new Violation("screening", "red-flag screening is required when a back condition is given"));
        }
        if (body.screening() != null && body.age() == null) {
            violations.add(new Violation("age", "age is required with screening (some red flags depend on it)"));
        }
        if (body.timeZone() != null) {
            try {
                ZoneId.of(body.timeZone());
            } catch (DateTimeException e) {
                violations.add(new Violation("timeZone", "not an IANA time zone such as Europe/Berlin"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The request is not valid", violations);
        }
    }

    public static PlanRequest toDomain(CreatePlanRequest body) {
        return new PlanRequest(body.goals(), body.level(), Set.copyOf(body.equipmentOrNone()), body.daysPerWeek(),
                body.minutesPerSession(), body.weeks(), Set.copyOf(body.conditionsOrNone()), body.currentPain(),
                Set.copyOf(body.excludedOrNone()));
    }

    /** The screening answers; without screening (no back condition), only the pain level can refer. */
    public static ScreeningAnswers answers(CreatePlanRequest body) {
        Screening s = body.screening();
        int age = body.age() == null ? 0 : body.age();
        if (s == null) {
            return ScreeningAnswers.clear(age, body.currentPain());
        }
        return new ScreeningAnswers(age, body.currentPain(), s.saddleNumbness(), s.newBladderProblems(), s.bowelIncontinence(),
                s.progressiveLegWeakness(), s.recentTrauma(), s.osteoporosis(), s.historyOfCancer(), s.feverOrChills(),
                s.unexplainedWeightLoss(), s.recentBacterialInfection(), s.intravenousDrugUse(), s.immunosuppression(),
                s.painWorseLyingDownOrAtNight(), s.newEpisode());
    }

    public static Schedule schedule(CreatePlanRequest body, Instant createdAt) {
        ZoneId zone = body.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(body.timeZone());
        LocalDate start = body.startDate() == null ? LocalDate.ofInstant(createdAt, zone) : body.startDate();
        return new Schedule(start, zone,
                body.sessionTime() == null ? DEFAULT_SESSION_TIME : body.sessionTime(), body.daysPerWeek());
    }

    public static String locale(CreatePlanRequest body) {
        return body.locale() == null ? DEFAULT_LOCALE : body.locale();
    }
}

package dev.kinetic.plan.application;

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

import dev.kinetic.plan.domain.CatalogTerms;
import dev.kinetic.plan.domain.Conditions;
import dev.kinetic.plan.domain.PlanRequest;
import dev.kinetic.plan.domain.Schedule;
import dev.kinetic.plan.domain.ScreeningAnswers;
import dev.kinetic.platform.problem.RequestChecks;
import dev.kinetic.platform.problem.Violation;

/**
 * Turns a plan input into the domain's inputs, checking what the request's field constraints cannot:
 * known conditions, a real time zone, screening and age when a back condition is named.
 */
public final class PlanInputs {

    static final LocalTime DEFAULT_SESSION_TIME = LocalTime.of(18, 0);
    static final String DEFAULT_LOCALE = "en";

    private PlanInputs() {
    }

    /**
     * Every problem of {@code body} in one answer: the field violations the API found, the catalog's vocabularies
     * (conditions, equipment) and the cross-field rules, or nothing when it is valid.
     */
    public static void check(PlanInput body, List<Violation> fieldViolations, CatalogTerms terms) {
        List<Violation> violations = new ArrayList<>(fieldViolations);
        List<String> conditions = body.conditionsOrNone();
        // Terms the catalog does not define would silently filter nothing: a typo ("dumbell") would quietly give a
        // bodyweight plan. They are refused, naming the catalog's terms.
        known(violations, "conditions", conditions, terms.conditions(), "unknown condition");
        known(violations, "equipment", body.equipmentOrNone(), terms.equipment(), "unknown equipment");
        if (body.goals() != null && new HashSet<>(body.goals()).size() != body.goals().size()) {
            violations.add(new Violation("goals", "a goal is listed twice"));
        }
        Set<String> named = new HashSet<>(conditions);
        named.remove(null);
        if (Conditions.needsScreening(named) && body.screening() == null) {
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
        RequestChecks.reject(violations);
    }

    private static void known(List<Violation> violations, String field, List<String> given, Set<String> known, String problem) {
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) != null && !known.contains(given.get(i))) {
                violations.add(new Violation(field + "[" + i + "]", problem + "; one of: " + String.join(", ", known)));
            }
        }
    }

    public static PlanRequest toDomain(PlanInput body) {
        return new PlanRequest(body.goals(), body.level(), Set.copyOf(body.equipmentOrNone()), body.daysPerWeek(),
                body.minutesPerSession(), body.weeks(), Set.copyOf(body.conditionsOrNone()), body.currentPain(),
                Set.copyOf(body.excludedOrNone()));
    }

    /** The screening answers; without screening (no back condition), only the pain level can refer. */
    public static ScreeningAnswers answers(PlanInput body) {
        PlanInput.Screening s = body.screening();
        int age = body.age() == null ? 0 : body.age();
        if (s == null) {
            return ScreeningAnswers.clear(age, body.currentPain());
        }
        return new ScreeningAnswers(age, body.currentPain(), s.saddleNumbness(), s.newBladderProblems(), s.bowelIncontinence(),
                s.progressiveLegWeakness(), s.recentTrauma(), s.osteoporosis(), s.historyOfCancer(), s.feverOrChills(),
                s.unexplainedWeightLoss(), s.recentBacterialInfection(), s.intravenousDrugUse(), s.immunosuppression(),
                s.painWorseLyingDownOrAtNight(), s.newEpisode());
    }

    public static Schedule schedule(PlanInput body, Instant createdAt) {
        ZoneId zone = body.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(body.timeZone());
        LocalDate start = body.startDate() == null ? LocalDate.ofInstant(createdAt, zone) : body.startDate();
        return new Schedule(start, zone,
                body.sessionTime() == null ? DEFAULT_SESSION_TIME : body.sessionTime(), body.daysPerWeek());
    }

    public static String locale(PlanInput body) {
        return body.locale() == null ? DEFAULT_LOCALE : body.locale();
    }
}

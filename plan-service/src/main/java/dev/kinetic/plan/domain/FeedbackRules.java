package dev.kinetic.plan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.kinetic.plan.domain.Adjustment.Action;
import dev.kinetic.plan.domain.SessionFeedback.Rating;

/**
 * The pain-monitoring model (Thomeé 1997, Silbernagel 2007) as rules, first match wins:
 * <ol>
 * <li>a new red-flag symptom pauses the plan with a referral;</li>
 * <li>pain during above 5/10, or next-day pain above the person's baseline, regresses the session's
 * exercises and cuts volume;</li>
 * <li>exercises rated too hard (with acceptable pain) move down their ladder, volume kept;</li>
 * <li>an incomplete session keeps the plan;</li>
 * <li>two easy sessions in a row progress every exercise; an exercise rated too easy twice in a row
 * progresses on its own;</li>
 * <li>otherwise the plan is kept.</li>
 * </ol>
 * The model comes from tendon and knee pain; applying it to back pain is an extrapolation the plan states.
 */
public final class FeedbackRules {

    /** Pain during exercise above this is "too much" (0-2 safe, 3-5 acceptable). */
    static final int ACCEPTABLE_PAIN = 5;

    /**
     * @param baselinePain the pain the person reported when the plan was made
     * @param previous feedback on the session before, if any
     */
    public Adjustment decide(SessionFeedback feedback, int baselinePain, SessionFeedback previous) {
        if (!feedback.newSymptoms().isEmpty()) {
            List<RedFlag> flags = new ArrayList<>(feedback.newSymptoms());
            flags.sort(Comparator.comparing(RedFlag::urgency).thenComparing(Enum::ordinal));
            return new Adjustment(Action.PAUSE, Set.of(), false, "New symptoms reported: "
                    + String.join("; ", flags.stream().map(RedFlag::reason).toList()), flags);
        }
        if (feedback.painDuring() > ACCEPTABLE_PAIN) {
            return new Adjustment(Action.REGRESS, Set.of(), true,
                    "Pain during the session was " + feedback.painDuring() + "/10, above the acceptable 5/10", List.of());
        }
        if (feedback.painNextDay() > baselinePain) {
            return new Adjustment(Action.REGRESS, Set.of(), true, "Pain the next day was " + feedback.painNextDay()
                    + "/10, above the " + baselinePain + "/10 reported when the plan was made", List.of());
        }
        Set<String> tooHard = feedback.rated(Rating.TOO_HARD);
        if (!tooHard.isEmpty()) {
            return new Adjustment(Action.REGRESS, tooHard, false,
                    "Rated too hard with acceptable pain: " + String.join(", ", tooHard.stream().sorted().toList()), List.of());
        }
        if (!feedback.completed()) {
            return Adjustment.keep("Session not completed; the plan stays as it is");
        }
        if (previous != null && feedback.easy() && previous.easy()) {
            return new Adjustment(Action.PROGRESS, Set.of(), false, "Two easy sessions in a row with pain settling", List.of());
        }
        if (previous != null) {
            Set<String> twiceEasy = new java.util.TreeSet<>(feedback.rated(Rating.TOO_EASY));
            twiceEasy.retainAll(previous.rated(Rating.TOO_EASY));
            if (!twiceEasy.isEmpty()) {
                return new Adjustment(Action.PROGRESS, twiceEasy, false,
                        "Rated too easy twice in a row: " + String.join(", ", twiceEasy), List.of());
            }
        }
        return Adjustment.keep("Pain stayed acceptable and settled by the next day; the plan stays as it is");
    }
}

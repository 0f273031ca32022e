package dev.kinetic.plan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides whether a person with back pain may be given exercises, or must be referred. Any red
 * flag means a referral with every reason found and the most urgent urgency among them; there is
 * no score that can outweigh a red flag.
 *
 * <p>Very high current pain (8/10 or more) is treated as a reason to be assessed before starting,
 * not as an emergency: exercise guidance assumes pain that allows movement.
 */
public final class RedFlagScreen {

    static final int PAIN_TOO_HIGH = 8;

    /** The outcome: clear to exercise, or a referral. */
    public sealed interface Outcome {
    }

    public record Clear() implements Outcome {
    }

    public record Referral(Urgency urgency, List<RedFlag> flags) implements Outcome {
        public Referral {
            flags = List.copyOf(flags);
        }

        public List<String> reasons() {
            return flags.stream().map(RedFlag::reason).toList();
        }
    }

    public Outcome screen(ScreeningAnswers a) {
        List<RedFlag> flags = new ArrayList<>();
        add(flags, a.saddleNumbness(), RedFlag.SADDLE_NUMBNESS);
        add(flags, a.newBladderProblems(), RedFlag.NEW_BLADDER_PROBLEMS);
        add(flags, a.bowelIncontinence(), RedFlag.BOWEL_INCONTINENCE);
        add(flags, a.progressiveLegWeakness(), RedFlag.PROGRESSIVE_LEG_WEAKNESS);
        add(flags, a.recentTrauma() == Trauma.MAJOR, RedFlag.MAJOR_TRAUMA);
        add(flags, a.recentTrauma() == Trauma.MINOR && (a.age() > 50 || a.osteoporosis()), RedFlag.MINOR_TRAUMA_WITH_FRAGILE_BONES);
        add(flags, a.feverOrChills(), RedFlag.FEVER_OR_CHILLS);
        add(flags, a.intravenousDrugUse(), RedFlag.INTRAVENOUS_DRUG_USE);
        add(flags, a.immunosuppression(), RedFlag.IMMUNOSUPPRESSION);
        add(flags, a.recentBacterialInfection(), RedFlag.RECENT_BACTERIAL_INFECTION);
        add(flags, a.historyOfCancer(), RedFlag.HISTORY_OF_CANCER);
        add(flags, a.unexplainedWeightLoss(), RedFlag.UNEXPLAINED_WEIGHT_LOSS);
        add(flags, a.painWorseLyingDownOrAtNight(), RedFlag.NIGHT_OR_REST_PAIN);
        add(flags, a.newEpisode() && a.age() > 50, RedFlag.NEW_PAIN_OVER_50);
        add(flags, a.newEpisode() && a.age() < 20, RedFlag.NEW_PAIN_UNDER_20);
        add(flags, a.currentPain() >= PAIN_TOO_HIGH, RedFlag.PAIN_TOO_HIGH_TO_START);
        if (flags.isEmpty()) {
            return new Clear();
        }
        Urgency most = flags.stream().map(RedFlag::urgency).min(Comparator.naturalOrder()).orElseThrow();
        return new Referral(most, flags);
    }

    private static void add(List<RedFlag> flags, boolean present, RedFlag flag) {
        if (present) {
            flags.add(flag);
        }
    }
}

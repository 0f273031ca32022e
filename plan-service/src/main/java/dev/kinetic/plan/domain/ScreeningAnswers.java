package dev.kinetic.plan.domain;

/**
 * Answers to the red-flag questions asked before any back-pain plan (AHCPR 1994 red flags and
 * NHS/NICE referral pathways). {@code age} and {@code currentPain} (0-10) come from the request.
 */
public record ScreeningAnswers(
        int age,
        int currentPain,
        boolean saddleNumbness,
        boolean newBladderProblems,
        boolean bowelIncontinence,
        boolean progressiveLegWeakness,
        Trauma recentTrauma,
        boolean osteoporosis,
        boolean historyOfCancer,
        boolean feverOrChills,
        boolean unexplainedWeightLoss,
        boolean recentBacterialInfection,
        boolean intravenousDrugUse,
        boolean immunosuppression,
        boolean painWorseLyingDownOrAtNight,
        boolean newEpisode) {

    /** No red flag reported, at the given age and pain. */
    public static ScreeningAnswers clear(int age, int currentPain) {
        return new ScreeningAnswers(age, currentPain, false, false, false, false, Trauma.NONE, false, false, false, false,
                false, false, false, false, false);
    }
}

package dev.kinetic.plan.domain;

/** A reason to refer instead of prescribing, with how urgently and what it may point to. */
public enum RedFlag {
    SADDLE_NUMBNESS(Urgency.SAME_DAY_EMERGENCY, "Numbness in the saddle area can be a sign of cauda equina syndrome"),
    NEW_BLADDER_PROBLEMS(Urgency.SAME_DAY_EMERGENCY, "New bladder problems can be a sign of cauda equina syndrome"),
    BOWEL_INCONTINENCE(Urgency.SAME_DAY_EMERGENCY, "Loss of bowel control can be a sign of cauda equina syndrome"),
    PROGRESSIVE_LEG_WEAKNESS(Urgency.SAME_DAY_EMERGENCY, "Leg weakness that is getting worse needs urgent neurological assessment"),
    MAJOR_TRAUMA(Urgency.URGENT, "Back pain after a significant injury may mean a fracture"),
    MINOR_TRAUMA_WITH_FRAGILE_BONES(Urgency.URGENT,
            "Back pain after a minor injury or strenuous lift in someone over 50 or with osteoporosis may mean a fracture"),
    FEVER_OR_CHILLS(Urgency.URGENT, "Back pain with fever or chills may mean an infection"),
    INTRAVENOUS_DRUG_USE(Urgency.URGENT, "Back pain with intravenous drug use may mean a spinal infection"),
    IMMUNOSUPPRESSION(Urgency.URGENT, "Back pain with a weakened immune system may mean a spinal infection"),
    RECENT_BACTERIAL_INFECTION(Urgency.URGENT, "Back pain after a recent bacterial infection may mean a spinal infection"),
    HISTORY_OF_CANCER(Urgency.SOON, "Back pain with a history of cancer needs a clinician's assessment"),
    UNEXPLAINED_WEIGHT_LOSS(Urgency.SOON, "Back pain with unexplained weight loss needs a clinician's assessment"),
    NIGHT_OR_REST_PAIN(Urgency.SOON, "Pain that is worse lying down or severe at night needs a clinician's assessment"),
    NEW_PAIN_OVER_50(Urgency.SOON, "A new episode of back pain after 50 should be assessed before starting exercise"),
    NEW_PAIN_UNDER_20(Urgency.SOON, "A new episode of back pain before 20 should be assessed before starting exercise"),
    PAIN_TOO_HIGH_TO_START(Urgency.SOON,
            "Pain of 8/10 or more is too high to start a programme safely; a clinician should assess it first");

    private final Urgency urgency;
    private final String reason;

    RedFlag(Urgency urgency, String reason) {
        this.urgency = urgency;
        this.reason = reason;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String reason() {
        return reason;
    }
}

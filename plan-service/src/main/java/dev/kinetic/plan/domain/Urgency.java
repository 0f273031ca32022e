package dev.kinetic.plan.domain;

/** How soon a person referred should be seen. */
public enum Urgency {
    /** Possible cauda equina syndrome: emergency department the same day. */
    SAME_DAY_EMERGENCY,
    /** Possible fracture or infection: a clinician within a day or two. */
    URGENT,
    /** Needs a clinician's assessment before starting exercise, within a week or two. */
    SOON
}

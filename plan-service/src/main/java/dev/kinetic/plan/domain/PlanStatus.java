package dev.kinetic.plan.domain;

import java.util.Arrays;

import dev.kinetic.contracts.Slugs;

/**
 * Where a plan stands, and the moves between: a plan starts active (or referred, when screening found a
 * red flag, and then it never has sessions); an active plan adapts to feedback and to catalog changes;
 * a red flag reported during the plan pauses it with a referral, for good.
 */
public enum PlanStatus {
    ACTIVE, PAUSED, REFERRED;

    public String slug() {
        return Slugs.of(this);
    }

    public static PlanStatus of(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No plan status " + slug));
    }

    /** Whether feedback and catalog substitutions may change the plan. */
    public boolean adapts() {
        return this == ACTIVE;
    }

    /** The status after a red flag reported during the plan. */
    public PlanStatus paused() {
        if (this != ACTIVE) {
            throw new IllegalStateException("A " + slug() + " plan cannot be paused");
        }
        return PAUSED;
    }
}

package dev.kinetic.plan.application;

import dev.kinetic.platform.problem.ProblemType;

/** Error kinds of the plans API beside the platform's common ones. */
public final class PlanProblems {

    public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType("idempotency-key-reused", 422,
            "This Idempotency-Key was used for a different request");
    public static final ProblemType PLAN_NOT_ACTIVE = new ProblemType("plan-not-active", 409,
            "The plan is paused or is a referral; it takes no feedback");
    public static final ProblemType FEEDBACK_ALREADY_GIVEN = new ProblemType("feedback-already-given", 409,
            "Feedback for this session (or a later one) was already given");
    public static final ProblemType CATALOG_UNAVAILABLE = new ProblemType("catalog-unavailable", 503,
            "The exercise catalog is not loaded yet");

    private PlanProblems() {
    }
}

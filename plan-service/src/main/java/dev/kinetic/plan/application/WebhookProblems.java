package dev.kinetic.plan.application;

import dev.kinetic.platform.problem.ProblemType;

/** The problems of the webhooks API beside the common ones. */
public final class WebhookProblems {

    public static final ProblemType TOO_MANY_ENDPOINTS = new ProblemType("webhook-limit-reached", 409,
            "The partner has as many webhook endpoints as it may have");
    public static final ProblemType ENDPOINT_DISABLED = new ProblemType("webhook-disabled", 409,
            "The webhook endpoint is disabled; enable it first");

    private WebhookProblems() {
    }
}

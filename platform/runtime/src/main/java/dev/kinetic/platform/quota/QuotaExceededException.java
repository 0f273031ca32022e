package dev.kinetic.platform.quota;

import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;

/** A request over its quota: a 429 problem; {@link QuotaHeaders} puts the quota's headers (Retry-After among them) on it. */
public class QuotaExceededException extends ProblemException {

    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", 429,
            "Too many requests for this quota; retry after the time given");

    private final transient QuotaDecision decision;

    public QuotaExceededException(QuotaDecision decision) {
        super(TOO_MANY_REQUESTS, "The '" + decision.policy() + "' quota allows " + decision.capacity() + " requests per "
                + decision.windowSeconds() + " s; retry in " + decision.retryAfterSeconds() + " s");
        this.decision = decision;
    }

    public QuotaDecision decision() {
        return decision;
    }
}

package dev.kinetic.platform.quota;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/** Charges a quota as a request's thread does: in a request context (outside an HTTP request no decision is kept for headers). */
final class RequestCharges {

    private RequestCharges() {
    }

    /** The decision of one charge, a refusal's included (from its exception). */
    static QuotaDecision charge(Quotas quotas, String policy, String client) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return quotas.charge(policy, client);
        } catch (QuotaExceededException e) {
            return e.decision();
        } finally {
            request.terminate();
        }
    }
}

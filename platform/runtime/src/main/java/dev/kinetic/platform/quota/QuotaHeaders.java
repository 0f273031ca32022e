package dev.kinetic.platform.quota;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** The RateLimit headers of the quota a request was charged to, on its answer whatever the answer is. */
@Provider
public class QuotaHeaders implements ContainerResponseFilter {

    /** The decision taken for the current request, if any. */
    @RequestScoped
    public static class Charged {
        private QuotaDecision decision;

        void record(QuotaDecision decision) {
            this.decision = decision;
        }

        QuotaDecision decision() {
            return decision;
        }
    }

    private final Charged charged;

    public QuotaHeaders(Charged charged) {
        this.charged = charged;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        QuotaDecision decision = charged.decision();
        if (decision != null) {
            decision.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }
}

package dev.kinetic.platform.problem;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Rejects a declared body over the limit before it is read, as problem+json. The HTTP layer's own
 * hard limit ({@code quarkus.http.limits.max-body-size}) sits above this one and still caps bodies
 * sent without a Content-Length.
 */
public class BodySizeLimit {

    private final HttpLimitsConfig limits;

    public BodySizeLimit(HttpLimitsConfig limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        int length = request.getLength();
        if (length > limits.maxBodySize()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The body has " + length + " bytes; the limit is " + limits.maxBodySize());
        }
    }
}

package dev.kinetic.platform.quota;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * The RateLimit headers of the quota a request was charged to, on its answer whatever the answer is. The decision
 * is kept on the request's routing context, which every request has: a request-scoped bean to hold it was made for
 * every request, charged or not.
 */
public class QuotaHeaders {

    /** The routing context's key of the decision taken for the request, if any. */
    static final String DECISION = QuotaHeaders.class.getName() + ".decision";

    @ServerResponseFilter
    public void quotaHeaders(ContainerResponseContext response, RoutingContext routing) {
        QuotaDecision decision = routing.get(DECISION);
        if (decision != null) {
            decision.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }
}

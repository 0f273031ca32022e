package dev.kinetic.platform.security;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import dev.kinetic.platform.problem.ProblemResponses;
import dev.kinetic.platform.problem.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;

/**
 * A presented token must be valid, on public operations too: a foreign, expired or over-long token is a 401,
 * never silently treated as anonymous. (Authentication is otherwise lazy, so that a failure is answered as a
 * problem by the API rather than as an empty 401 before it.)
 */
public class PresentedTokens {

    private final CurrentIdentityAssociation identities;
    private final ProblemResponses responses;

    public PresentedTokens(CurrentIdentityAssociation identities, ProblemResponses responses) {
        this.identities = identities;
        this.responses = responses;
    }

    /**
     * Only a request with a token whose identity is not known yet waits for it: returning a {@code Uni} would
     * suspend every request, and resume it through a subscription that captures the request's context, anonymous
     * reads too. On an operation that requires a role the identity was established before this filter (the router
     * then holds its user), so such a request is not suspended either: that subscription was 8% of a plan read's
     * allocation samples.
     */
    @ServerRequestFilter
    public void mustBeValid(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!Caller.presentsCredentials(routing.request()) || authenticated(routing)) {
            return;
        }
        request.suspend();
        identities.getDeferredIdentity().subscribe().with(identity -> resume(request, identity.isAnonymous()),
                failure -> resume(request, true));
    }

    /** Whether the request's token has been verified already: the only credential the services take. */
    private static boolean authenticated(RoutingContext routing) {
        return routing.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }

    /** Every suspended request is resumed, refused or not: a request left suspended would never be answered. */
    private void resume(ResteasyReactiveContainerRequestContext request, boolean refuse) {
        if (refuse) {
            try {
                request.abortWith(refused(request));
            } catch (RuntimeException e) {
                request.resume(e);
                return;
            }
        }
        request.resume();
    }

    private Response refused(ResteasyReactiveContainerRequestContext request) {
        return responses.of(ProblemType.UNAUTHORIZED, "The bearer token is not valid here: it must be signed by the trusted issuer, "
                + "issued for this API's audience, unexpired and not issued for longer than the services accept",
                request.getUriInfo().getPath());
    }
}

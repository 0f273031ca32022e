package dev.kinetic.platform.security;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.kinetic.platform.problem.ProblemResponses;
import dev.kinetic.platform.problem.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
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

    @ServerRequestFilter
    public Uni<Response> mustBeValid(ContainerRequestContext request, HttpServerRequest http) {
        // Read from Vert.x's request: the JAX-RS view of the headers copies all of them into a map of lists.
        if (http.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? refused(request) : (Response) null)
                .onFailure().recoverWithItem(failure -> refused(request));
    }

    private Response refused(ContainerRequestContext request) {
        return responses.of(ProblemType.UNAUTHORIZED, "The bearer token is not valid here: it must be signed by the trusted issuer, "
                + "issued for this API's audience, unexpired and not issued for longer than the services accept",
                request.getUriInfo().getPath());
    }
}

package dev.kinetic.platform.security;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/** Who made a request: whether it presented credentials, its roles, and its name as revision histories record it. */
public final class Caller {

    private Caller() {
    }

    /** The token's principal name, or "unknown" for an anonymous request. */
    public static String name(SecurityContext security) {
        return security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
    }

    /**
     * Whether the request carries credentials. The services accept only a bearer token in {@code Authorization},
     * so a request without that header is anonymous. Read from Vert.x's request: the JAX-RS view of the headers
     * copies all of them into a map of lists.
     */
    public static boolean presentsCredentials(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    /**
     * Whether the caller holds one of the roles. An anonymous request holds none, and is answered without asking
     * for its identity: on a public operation authentication is lazy, and asking would resolve it, blocking the
     * worker on it, only to learn that.
     */
    public static boolean inAnyRole(SecurityContext security, HttpServerRequest request, String... roles) {
        if (!presentsCredentials(request)) {
            return false;
        }
        for (String role : roles) {
            if (security.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }
}

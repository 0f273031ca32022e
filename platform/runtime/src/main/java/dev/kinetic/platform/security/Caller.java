package dev.kinetic.platform.security;

import jakarta.ws.rs.core.SecurityContext;

/** Who made a request, as recorded in revision histories. */
public final class Caller {

    private Caller() {
    }

    /** The token's principal name, or "unknown" for an anonymous request. */
    public static String name(SecurityContext security) {
        return security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
    }
}

package dev.kinetic.platform.quota;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.kinetic.platform.security.Partners;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Whose quota a request counts against: a partner's (its id, from the token), another signed-in caller's, or
 * else the caller's address — the client's, as the trusted gateway forwards it ({@code quarkus.http.proxy.*}).
 */
@ApplicationScoped
public class QuotaClients {

    private final Partners partners;

    public QuotaClients(Partners partners) {
        this.partners = partners;
    }

    public String of(SecurityContext security, HttpServerRequest request) {
        if (security.getUserPrincipal() instanceof JsonWebToken token) {
            return partners.find(token).orElse("user:" + token.getName());
        }
        return "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }
}

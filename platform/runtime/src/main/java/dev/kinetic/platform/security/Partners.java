package dev.kinetic.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The partner a request acts for: the value of the configured claim of its token ({@code azp} by default), never
 * the token's user name ({@code upn}, {@code preferred_username}), which identity providers let users edit and
 * which two partners' users may share.
 */
@ApplicationScoped
public class Partners {

    public static final ProblemType PARTNER_UNKNOWN = new ProblemType("partner-unknown", 403,
            "The token does not say which partner it was issued to");

    private final String claim;

    public Partners(SecurityConfig config) {
        this.claim = config.partnerClaim();
    }

    /** The calling partner's id; a 403 problem naming the claim when the token lacks it. */
    public String of(SecurityContext security) {
        String partner = security.getUserPrincipal() instanceof JsonWebToken token ? find(token).orElse(null) : null;
        if (partner == null) {
            throw new ProblemException(PARTNER_UNKNOWN, "A partner token must carry the '" + claim
                    + "' claim naming the partner's client; ask your identity provider to include it");
        }
        return partner;
    }

    /** The partner a token names, if it names one. */
    public java.util.Optional<String> find(JsonWebToken token) {
        return java.util.Optional.ofNullable(text(token.getClaim(claim))).filter(p -> !p.isBlank());
    }

    private static String text(Object value) {
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value instanceof String s ? s : null;
    }
}

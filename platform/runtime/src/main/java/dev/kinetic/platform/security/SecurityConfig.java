package dev.kinetic.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who a caller is, beyond what SmallRye JWT checks (signature, issuer, audience, lifetime). */
@ConfigMapping(prefix = "kinetic.security")
public interface SecurityConfig {

    /**
     * The token claim that names the partner (an OAuth client of a partner app): {@code azp} by default, the client
     * the identity provider issued the token to. Tokens are accepted from one issuer only ({@code mp.jwt.verify.issuer}),
     * so the claim is scoped by it.
     */
    @WithDefault("azp")
    String partnerClaim();
}

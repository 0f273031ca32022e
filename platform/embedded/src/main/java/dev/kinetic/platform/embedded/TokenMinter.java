package dev.kinetic.platform.embedded;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Signs bearer tokens the services accept, for the local run's printed tokens and for tests. */
public final class TokenMinter {

    /** The issuer services expect outside production (see {@code mp.jwt.verify.issuer}). */
    public static final String LOCAL_ISSUER = "https://kinetic.dev/local";

    private final JwtKeys keys;
    private final String issuer;

    public TokenMinter(JwtKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /** A token for {@code subject} (a partner's id, an editor's account) holding the given roles. */
    public String mint(String subject, Set<String> roles, Duration lifetime) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .expiresIn(lifetime)
                .sign(keys.privateKey());
    }
}

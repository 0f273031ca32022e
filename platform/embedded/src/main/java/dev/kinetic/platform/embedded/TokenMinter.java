package dev.kinetic.platform.embedded;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/** Signs bearer tokens the services accept (RS256), for the local run's printed tokens and for tests. */
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
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(roles));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }
}

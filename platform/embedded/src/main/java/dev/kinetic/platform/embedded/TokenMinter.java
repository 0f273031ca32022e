package dev.kinetic.platform.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
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

    /**
     * What a token says: who ({@code sub}, also its {@code upn}), which roles, for which API ({@code aud}), issued to
     * which client ({@code azp}: the partner's app for a partner token), issued when and valid for how long.
     */
    public record Grant(String subject, Set<String> roles, String audience, String client, Instant issuedAt, Duration lifetime) {

        /** A grant for Kinetic's API, issued now to the client named like the subject. */
        public static Grant of(String subject, Set<String> roles, Duration lifetime) {
            return new Grant(subject, roles, AUDIENCE, subject, Instant.now(), lifetime);
        }

        public Grant audience(String newAudience) {
            return new Grant(subject, roles, newAudience, client, issuedAt, lifetime);
        }

        public Grant client(String newClient) {
            return new Grant(subject, roles, audience, newClient, issuedAt, lifetime);
        }

        public Grant issuedAt(Instant at) {
            return new Grant(subject, roles, audience, client, at, lifetime);
        }
    }

    /** The audience the services require ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "kinetic-api";

    /** A token for {@code subject} (a partner's id, an editor's account) holding the given roles. */
    public String mint(String subject, Set<String> roles, Duration lifetime) {
        return mint(Grant.of(subject, roles, lifetime));
    }

    public String mint(Grant grant) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(grant.subject());
        claims.setClaim("upn", grant.subject());
        claims.setStringListClaim("groups", List.copyOf(grant.roles()));
        if (grant.audience() != null) {
            claims.setAudience(grant.audience());
        }
        if (grant.client() != null) {
            claims.setClaim("azp", grant.client());
        }
        claims.setIssuedAt(NumericDate.fromSeconds(grant.issuedAt().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(grant.issuedAt().plus(grant.lifetime()).getEpochSecond()));
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

package dev.kinetic.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;

import javax.crypto.SecretKey;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

/**
 * The bearer tokens of requests, verified once each: a partner app sends the same token on every request until
 * it expires, and an RSA signature check per request was a tenth of plan-service's CPU under load. A token's
 * verdict depends only on its bytes and the configured key, issuer and audience, except for time, so a token
 * verified before is served from memory only while it is unexpired; after that (or on any other token) SmallRye
 * JWT verifies it again and decides. Refused tokens are never held, so garbage cannot fill the cache.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int MAX_TOKENS = 10_000;

    private final JWTParser verifier;
    private final Clock clock;
    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).build();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken held = verified.getIfPresent(token);
        if (held != null && clock.instant().getEpochSecond() < held.getExpirationTime()) {
            return held;
        }
        verified.invalidate(token);
        JsonWebToken fresh = verifier.parse(token);
        verified.put(token, fresh);
        return fresh;
    }

    // Everything else is a call with its own key or context: not cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}

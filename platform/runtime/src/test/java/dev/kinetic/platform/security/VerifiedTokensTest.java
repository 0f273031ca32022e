package dev.kinetic.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    /** Stands in for SmallRye JWT's verification: records each token it is asked about. */
    private static final class Verifier extends DefaultJWTParser {
        final List<String> asked = new ArrayList<>();
        long expiresAt = NOW.getEpochSecond() + 3600;
        boolean refuses;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            asked.add(token);
            if (refuses) {
                throw new ParseException("bad signature");
            }
            return new Token(token, expiresAt);
        }
    }

    private record Token(String getName, long exp) implements JsonWebToken {
        @Override
        public Set<String> getClaimNames() {
            return Set.of(Claims.exp.name());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return Claims.exp.name().equals(claim) ? (T) Long.valueOf(exp) : null;
        }
    }

    private final Verifier verifier = new Verifier();

    private VerifiedTokens at(Instant now) {
        return new VerifiedTokens(verifier, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenPresentedAgainIsNotVerifiedAgainWhileUnexpired() throws ParseException {
        VerifiedTokens tokens = at(NOW);
        JsonWebToken first = tokens.parse("a");
        assertSame(first, tokens.parse("a"));
        tokens.parse("b");
        assertEquals(List.of("a", "b"), verifier.asked);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainSoTheVerifierDecides() throws ParseException {
        verifier.expiresAt = NOW.getEpochSecond() + 10;
        Instant[] now = { NOW };
        VerifiedTokens tokens = new VerifiedTokens(verifier, new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
        tokens.parse("a");
        now[0] = NOW.plusSeconds(9);
        tokens.parse("a");
        assertEquals(List.of("a"), verifier.asked, "held while unexpired");
        now[0] = NOW.plusSeconds(10);
        verifier.refuses = true;
        assertThrows(ParseException.class, () -> tokens.parse("a"));
        assertThrows(ParseException.class, () -> tokens.parse("a"));
        assertEquals(List.of("a", "a", "a"), verifier.asked);
    }

    @Test
    void aRefusedTokenIsNeverHeld() {
        verifier.refuses = true;
        VerifiedTokens tokens = at(NOW);
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(List.of("forged", "forged"), verifier.asked);
    }
}

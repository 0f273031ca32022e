package dev.kinetic.platform.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import dev.kinetic.platform.embedded.JwtKeys;
import dev.kinetic.platform.embedded.TokenMinter;

/** Bearer tokens for tests, signed with the key pair {@link KineticTestInfrastructure} made. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String editor() {
        return forRoles("editor@kinetic.test", "editor");
    }

    public static String admin() {
        return forRoles("admin@kinetic.test", "admin");
    }

    public static String partner(String partnerId) {
        return forRoles(partnerId, "partner");
    }

    public static String forRoles(String subject, String... roles) {
        return minter(TokenMinter.LOCAL_ISSUER).mint(subject, Set.of(roles), Duration.ofHours(1));
    }

    /** A well-signed token from an issuer the services do not trust. */
    public static String fromForeignIssuer(String subject, String... roles) {
        return minter("https://evil.example/issuer").mint(subject, Set.of(roles), Duration.ofHours(1));
    }

    /** A token the trusted issuer made for another application (another audience). */
    public static String forAnotherAudience(String subject, String... roles) {
        return mint(TokenMinter.Grant.of(subject, Set.of(roles), Duration.ofHours(1)).audience("some-other-api"));
    }

    /** A token that expired a minute ago. */
    public static String expired(String subject, String... roles) {
        return mint(TokenMinter.Grant.of(subject, Set.of(roles), Duration.ofMinutes(30)).issuedAt(Instant.now().minus(Duration.ofMinutes(31))));
    }

    /** A token issued for ten years: longer than any token the services accept. */
    public static String issuedForTenYears(String subject, String... roles) {
        return mint(TokenMinter.Grant.of(subject, Set.of(roles), Duration.ofDays(3650)));
    }

    /** A partner token of {@code user} (its sub and upn) issued to the partner app {@code client} (its azp). */
    public static String partnerApp(String client, String user) {
        return mint(TokenMinter.Grant.of(user, Set.of("partner"), Duration.ofHours(1)).client(client));
    }

    /** A partner token without the claim that names the partner. */
    public static String partnerWithoutClient(String user) {
        return mint(TokenMinter.Grant.of(user, Set.of("partner"), Duration.ofHours(1)).client(null));
    }

    public static String mint(TokenMinter.Grant grant) {
        return minter(TokenMinter.LOCAL_ISSUER).mint(grant);
    }

    private static TokenMinter minter(String issuer) {
        String privateKey = System.getProperty(KineticTestInfrastructure.PRIVATE_KEY_PROPERTY);
        String publicKey = System.getProperty(KineticTestInfrastructure.PUBLIC_KEY_PROPERTY);
        if (privateKey == null || publicKey == null) {
            throw new IllegalStateException("No test key pair: is KineticTestInfrastructure active?");
        }
        return new TokenMinter(new JwtKeys(Path.of(publicKey), Path.of(privateKey)), issuer);
    }
}

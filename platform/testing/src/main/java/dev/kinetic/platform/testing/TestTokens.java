package dev.kinetic.platform.testing;

import java.nio.file.Path;
import java.time.Duration;
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

    private static TokenMinter minter(String issuer) {
        String privateKey = System.getProperty(KineticTestInfrastructure.PRIVATE_KEY_PROPERTY);
        String publicKey = System.getProperty(KineticTestInfrastructure.PUBLIC_KEY_PROPERTY);
        if (privateKey == null || publicKey == null) {
            throw new IllegalStateException("No test key pair: is KineticTestInfrastructure active?");
        }
        return new TokenMinter(new JwtKeys(Path.of(publicKey), Path.of(privateKey)), issuer);
    }
}

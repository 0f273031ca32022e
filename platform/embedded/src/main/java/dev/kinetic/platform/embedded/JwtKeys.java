package dev.kinetic.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair a local run or a test run signs its tokens with. Services only ever see the
 * public key (PEM), exactly as they would see an identity provider's key in production.
 */
public record JwtKeys(Path publicKeyPem, Path privateKeyPem) {

    private static final String PUBLIC = "public-key.pem";
    private static final String PRIVATE = "private-key.pem";

    /** Reuses the pair in {@code directory}, or makes one there. */
    public static JwtKeys inDirectory(Path directory) {
        JwtKeys keys = new JwtKeys(directory.resolve(PUBLIC), directory.resolve(PRIVATE));
        if (!Files.exists(keys.publicKeyPem()) || !Files.exists(keys.privateKeyPem())) {
            keys.generate();
        }
        return keys;
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyPem)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable private key " + privateKeyPem, e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(publicKeyPem.getParent());
            Files.writeString(publicKeyPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privateKeyPem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}

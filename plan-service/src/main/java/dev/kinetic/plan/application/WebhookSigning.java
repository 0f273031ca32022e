package dev.kinetic.plan.application;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

import dev.kinetic.contracts.webhooks.Webhooks;

/** Signing secrets and signatures by the Standard Webhooks specification (its reference library does the HMAC). */
public final class WebhookSigning {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigning() {
    }

    /** A new secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Webhooks.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} value: one {@code v1,} signature per secret, space-separated (rotation). */
    public static String signature(List<String> secrets, String id, long timestamp, String body) {
        return secrets.stream().map(secret -> sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    private static String sign(String secret, String id, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(id, timestamp, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("cannot sign a webhook", e);
        }
    }
}

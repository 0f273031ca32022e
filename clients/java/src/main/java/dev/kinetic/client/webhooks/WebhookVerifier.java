package dev.kinetic.client.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import dev.kinetic.contracts.webhooks.WebhookMessage;
import dev.kinetic.contracts.webhooks.Webhooks;

/**
 * Checks that a delivery comes from Kinetic and is fresh — its {@code webhook-signature} is an HMAC of
 * {@code webhook-id.webhook-timestamp.body} by one of your endpoint's secrets, and its timestamp is within five
 * minutes — and reads its body. Give it the raw body exactly as received: re-serialised JSON no longer verifies.
 * While you rotate, pass both secrets; either signature is enough.
 */
public final class WebhookVerifier {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<Webhook> secrets = new ArrayList<>();

    /** @param secrets the endpoint's {@code whsec_…} secrets, current first */
    public WebhookVerifier(String... secrets) {
        if (secrets.length == 0) {
            throw new IllegalArgumentException("at least one secret");
        }
        for (String secret : secrets) {
            if (secret == null || !secret.startsWith(Webhooks.SECRET_PREFIX)) {
                throw new IllegalArgumentException("a webhook secret starts with " + Webhooks.SECRET_PREFIX);
            }
            this.secrets.add(new Webhook(secret));
        }
    }

    /**
     * The delivery's message if it verifies; {@link InvalidWebhookException} if it does not.
     *
     * @param headers the request's headers, any case
     */
    public WebhookMessage verify(String body, Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values));
        for (String required : List.of(Webhooks.ID_HEADER, Webhooks.TIMESTAMP_HEADER, Webhooks.SIGNATURE_HEADER)) {
            if (lower.getOrDefault(required, List.of()).isEmpty()) {
                throw new InvalidWebhookException("the " + required + " header is missing");
            }
        }
        WebhookVerificationException last = null;
        for (Webhook secret : secrets) {
            try {
                secret.verify(body, lower);
                return read(body);
            } catch (WebhookVerificationException e) {
                last = e;
            }
        }
        throw new InvalidWebhookException("not signed by this endpoint's secret, or too old: " + last.getMessage());
    }

    /** The message id ({@code webhook-id}) of a delivery: drop a delivery whose id you have processed. */
    public static String messageId(Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(Webhooks.ID_HEADER))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }

    private static WebhookMessage read(String body) {
        try {
            return JSON.readValue(body, WebhookMessage.class);
        } catch (java.io.IOException e) {
            throw new InvalidWebhookException("the body is not a Kinetic webhook message");
        }
    }

    /** A delivery that must not be trusted: answer it with a 4xx and do not act on it. */
    public static final class InvalidWebhookException extends RuntimeException {

        public InvalidWebhookException(String message) {
            super(message);
        }
    }
}

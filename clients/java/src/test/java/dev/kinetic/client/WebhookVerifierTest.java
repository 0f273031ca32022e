package dev.kinetic.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import dev.kinetic.client.webhooks.SeenMessages;
import dev.kinetic.client.webhooks.WebhookVerifier;
import dev.kinetic.contracts.webhooks.WebhookMessage;

class WebhookVerifierTest {

    private static final String BODY = """
            {"type":"dev.kinetic.plan.paused.v1","timestamp":"2026-12-02T10:15:30Z","data":{"planId":"7c0e7a43-6f0e-4d4a-9c8e-0f6f7d2a1b3c",\
            "version":3,"urgency":"urgent","url":"https://api.kinetic.example/api/v1/plans/7c0e7a43-6f0e-4d4a-9c8e-0f6f7d2a1b3c"}}""";

    private static String secret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static Map<String, List<String>> signed(String secret, String id, long timestamp, String body) throws Exception {
        return Map.of("Webhook-Id", List.of(id), "Webhook-Timestamp", List.of(Long.toString(timestamp)),
                "Webhook-Signature", List.of(new Webhook(secret).sign(id, timestamp, body)));
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    @Test
    void aSignedFreshDeliveryVerifiesWhateverTheHeaderCaseAndIsRead() throws Exception {
        String secret = secret();
        WebhookMessage message = new WebhookVerifier(secret).verify(BODY, signed(secret, "evt_1", now(), BODY));
        assertThat(message.type()).isEqualTo("dev.kinetic.plan.paused.v1");
        assertThat(message.data().version()).isEqualTo(3);
        assertThat(message.data().urgency()).isEqualTo("urgent");
        assertThat(WebhookVerifier.messageId(signed(secret, "evt_1", now(), BODY))).isEqualTo("evt_1");
    }

    @Test
    void aForgedTamperedStaleOrIncompleteDeliveryIsRefused() throws Exception {
        String secret = secret();
        WebhookVerifier verifier = new WebhookVerifier(secret);
        assertThatThrownBy(() -> verifier.verify(BODY, signed(secret(), "evt_1", now(), BODY)))
                .isInstanceOf(WebhookVerifier.InvalidWebhookException.class);
        assertThatThrownBy(() -> verifier.verify(BODY.replace("urgent", "soon"), signed(secret, "evt_1", now(), BODY)))
                .isInstanceOf(WebhookVerifier.InvalidWebhookException.class);
        assertThatThrownBy(() -> verifier.verify(BODY, signed(secret, "evt_1", now() - 3_600, BODY)))
                .isInstanceOf(WebhookVerifier.InvalidWebhookException.class);
        assertThatThrownBy(() -> verifier.verify(BODY, Map.of("webhook-id", List.of("evt_1"))))
                .isInstanceOf(WebhookVerifier.InvalidWebhookException.class).hasMessageContaining("webhook-timestamp");
        assertThatThrownBy(() -> new WebhookVerifier("not-a-secret")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duringARotationEitherSecretIsEnough() throws Exception {
        String previous = secret();
        String current = secret();
        WebhookVerifier verifier = new WebhookVerifier(current, previous);
        verifier.verify(BODY, signed(previous, "evt_1", now(), BODY));
        verifier.verify(BODY, signed(current, "evt_2", now(), BODY));
    }

    @Test
    void aMessageIdIsNewOnceAndTheOldestAreForgottenFirst() {
        SeenMessages seen = new SeenMessages(2);
        assertThat(seen.firstTime("a")).isTrue();
        assertThat(seen.firstTime("a")).isFalse();
        seen.firstTime("b");
        seen.firstTime("c");
        assertThat(seen.firstTime("a")).isTrue();
        assertThat(seen.firstTime("c")).isFalse();
    }
}

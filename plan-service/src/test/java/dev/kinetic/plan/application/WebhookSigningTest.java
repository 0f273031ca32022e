package dev.kinetic.plan.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

class WebhookSigningTest {

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }

    @Test
    void secretsAreFreshStandardWebhooksSecrets() {
        String secret = WebhookSigning.newSecret();
        assertThat(secret).startsWith("whsec_").hasSize("whsec_".length() + 44);
        assertThat(WebhookSigning.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void aSignatureVerifiesWithTheSecretAndNotWithAnotherOrAnotherBody() throws Exception {
        String secret = WebhookSigning.newSecret();
        long now = System.currentTimeMillis() / 1000;
        String body = "{\"type\":\"dev.kinetic.plan.adjusted.v1\"}";
        String signature = WebhookSigning.signature(List.of(secret), "evt_1", now, body);
        assertThat(signature).startsWith("v1,").doesNotContain(" ");
        new Webhook(secret).verify(body, headers("evt_1", now, signature));
        assertThatThrownBy(() -> new Webhook(WebhookSigning.newSecret()).verify(body, headers("evt_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(body + " ", headers("evt_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(secret).verify(body, headers("evt_2", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringARotationEachSecretVerifiesTheSameDelivery() throws Exception {
        String previous = WebhookSigning.newSecret();
        String current = WebhookSigning.newSecret();
        long now = System.currentTimeMillis() / 1000;
        String signature = WebhookSigning.signature(List.of(current, previous), "evt_1", now, "{}");
        assertThat(signature.split(" ")).hasSize(2);
        new Webhook(current).verify("{}", headers("evt_1", now, signature));
        new Webhook(previous).verify("{}", headers("evt_1", now, signature));
    }
}

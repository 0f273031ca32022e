package dev.kinetic.local;

import java.util.List;
import java.util.UUID;

import dev.kinetic.client.plan.ApiClient;
import dev.kinetic.client.plan.ApiException;
import dev.kinetic.client.plan.api.WebhooksApi;
import dev.kinetic.client.plan.model.RotateSecretRequest;
import dev.kinetic.client.plan.model.WebhookRequest;
import dev.kinetic.client.plan.model.WebhookView;
import dev.kinetic.contracts.webhooks.Webhooks;

/**
 * Subscribes the demo receiver to the demo partner's plan events through the generated Java client, as a partner
 * app would. A data directory kept between runs has the endpoint already: its secret is rotated (secrets are shown
 * once), so the receiver always knows the current one.
 */
final class DemoSubscription {

    static final String ENDPOINT = "demo";

    /** The endpoint's id and secret. */
    record Subscribed(UUID id, String secret, boolean existed) {
    }

    private DemoSubscription() {
    }

    static Subscribed subscribe(String planServiceUrl, String partnerToken, String receiverUrl) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(planServiceUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + partnerToken));
        WebhooksApi webhooks = new WebhooksApi(client);
        try {
            for (WebhookView existing : webhooks.listWebhooks(0, 100).getItems()) {
                if (receiverUrl.equals(existing.getUrl())) {
                    if ("disabled".equals(String.valueOf(existing.getStatus()))) {
                        webhooks.enableWebhook(existing.getId());
                    }
                    String secret = webhooks.rotateWebhookSecret(existing.getId(), new RotateSecretRequest().overlapSeconds(0L)).getSecret();
                    return new Subscribed(existing.getId(), secret, true);
                }
            }
            var created = webhooks.createWebhook(new WebhookRequest().url(receiverUrl).eventTypes(List.copyOf(Webhooks.EVENT_TYPES))
                    .description("The local suite's demo receiver"));
            return new Subscribed(created.getId(), created.getSecret(), false);
        } catch (ApiException e) {
            throw new IllegalStateException("Could not subscribe the demo webhook receiver: HTTP " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}

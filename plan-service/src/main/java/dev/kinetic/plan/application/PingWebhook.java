package dev.kinetic.plan.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.webhooks.WebhookMessage;
import dev.kinetic.contracts.webhooks.Webhooks;
import dev.kinetic.plan.persistence.WebhookEndpointEntity;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a signed test message to an endpoint now, once, and answers with what the receiver said. */
@ApplicationScoped
public class PingWebhook {

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookTransport transport;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PingWebhook(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookTransport transport, ObjectMapper mapper, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.transport = transport;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** No transaction is held while the receiver answers: the endpoint is read, then the attempt recorded, apart. */
    public PingResult ping(String partner, UUID endpointId) {
        WebhookEndpointEntity endpoint = subscriptions.endpoint(partner, endpointId);
        String messageId = "ping_" + UUID.randomUUID();
        String payload = Json.write(mapper, new WebhookMessage(Webhooks.PING, OffsetDateTime.now(clock),
                WebhookMessage.Data.ping(endpointId)));
        WebhookDeliveries.Claimed claimed = deliveries.ping(endpoint, messageId, payload);
        WebhookTransport.Outcome outcome = transport.send(claimed.signed(clock.instant().getEpochSecond()));
        deliveries.settle(claimed, outcome);
        return new PingResult(claimed.deliveryId(), messageId, outcome.delivered(), outcome.statusCode(), outcome.latencyMillis(),
                outcome.error());
    }

}

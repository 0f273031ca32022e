package dev.kinetic.plan.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kinetic.plan.persistence.WebhookAttemptEntity;
import dev.kinetic.plan.persistence.WebhookDeliveryEntity;
import dev.kinetic.plan.persistence.WebhookEndpointEntity;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/** An endpoint's deliveries with their attempts, newest first, and manual redelivery of one. */
@ApplicationScoped
public class WebhookDeliveryLog {

    private final Event<WebhooksQueued> queued;
    private final Clock clock;

    public WebhookDeliveryLog(Event<WebhooksQueued> queued, Clock clock) {
        this.queued = queued;
        this.clock = clock;
    }

    @Transactional
    public Page<DeliveryView> deliveries(String partner, UUID endpoint, int page, int size) {
        WebhookSubscriptions.owned(partner, endpoint);
        var query = WebhookDeliveryEntity.<WebhookDeliveryEntity>find("endpointId = ?1 order by createdAt desc, id", endpoint);
        List<WebhookDeliveryEntity> rows = query.page(page, size).list();
        Map<UUID, List<WebhookAttemptEntity>> attempts = rows.isEmpty() ? Map.of()
                : WebhookAttemptEntity.<WebhookAttemptEntity>list("deliveryId in ?1 order by attempt",
                        rows.stream().map(r -> r.id).toList()).stream().collect(Collectors.groupingBy(a -> a.deliveryId));
        return new Page<>(rows.stream().map(r -> view(r, attempts.getOrDefault(r.id, List.of()))).toList(), page, size,
                query.count());
    }

    /** Sends a delivery again now, with the same webhook-id, whatever became of it; retried as a new one. */
    @Transactional
    public DeliveryView redeliver(String partner, UUID endpoint, UUID delivery) {
        WebhookEndpointEntity owner = WebhookSubscriptions.owned(partner, endpoint);
        WebhookDeliveryEntity row = WebhookDeliveryEntity.<WebhookDeliveryEntity>findByIdOptional(delivery)
                .filter(d -> d.endpointId.equals(endpoint))
                .orElseThrow(() -> ProblemException.notFound("No delivery " + delivery + " of webhook endpoint " + endpoint));
        if (!WebhookEndpointEntity.ENABLED.equals(owner.status)) {
            throw new ProblemException(WebhookProblems.ENDPOINT_DISABLED, "Webhook endpoint " + endpoint
                    + " is disabled (" + owner.disabledReason + "); enable it, then redeliver");
        }
        row.status = WebhookDeliveryEntity.PENDING;
        row.nextAttemptAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        row.firstAttemptAt = null;
        row.deliveredAt = null;
        queued.fire(new WebhooksQueued(1));
        return view(row, WebhookAttemptEntity.list("deliveryId = ?1 order by attempt", row.id));
    }

    private static DeliveryView view(WebhookDeliveryEntity row, List<WebhookAttemptEntity> attempts) {
        return new DeliveryView(row.id, row.messageId, row.eventType, row.status, row.attempts, row.createdAt.toInstant(),
                WebhookView.instant(row.nextAttemptAt), WebhookView.instant(row.deliveredAt),
                attempts.stream().map(a -> new DeliveryView.Attempt(a.attempt, a.attemptedAt.toInstant(), a.statusCode, a.latencyMs,
                        a.error)).toList());
    }
}

package dev.kinetic.plan.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One message to one endpoint and every attempt to send it. */
@Schema(description = "A webhook delivery: the message (webhook-id) and its attempts")
public record DeliveryView(UUID id, @Schema(description = "The webhook-id header: the same on every attempt") String webhookId,
        String eventType, @Schema(enumeration = { "pending", "delivered", "failed" }) String status, int attempts,
        Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, List<Attempt> attemptLog) {

    /** One try: when, what the receiver answered (none: no answer, see error), how long it took. */
    public record Attempt(int attempt, Instant at, Integer statusCode, int latencyMs, String error) {
    }
}

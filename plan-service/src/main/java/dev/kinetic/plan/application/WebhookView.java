package dev.kinetic.plan.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.persistence.WebhookEndpointEntity;

/** A partner's webhook endpoint as its owner sees it (never its secret). */
@Schema(description = "A webhook endpoint; a disabled one says why")
public record WebhookView(UUID id, String url, List<String> eventTypes, String description,
        @Schema(enumeration = { "enabled", "disabled" }) String status, String disabledReason, Instant disabledAt,
        @Schema(description = "Until when the secret before the last rotation still signs deliveries") Instant previousSecretExpiresAt,
        Instant createdAt, Instant updatedAt) {

    static WebhookView of(WebhookEndpointEntity e) {
        return new WebhookView(e.id, e.url, List.of(e.eventTypes), e.description, e.status, e.disabledReason,
                instant(e.disabledAt), instant(e.previousSecretExpiresAt), e.createdAt.toInstant(), e.updatedAt.toInstant());
    }

    static Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

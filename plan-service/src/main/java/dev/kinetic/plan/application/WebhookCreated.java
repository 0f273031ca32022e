package dev.kinetic.plan.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new endpoint, with the secret that signs its deliveries: shown in this answer only. */
public record WebhookCreated(UUID id, String url, List<String> eventTypes, String description, String status,
        Instant createdAt,
        @Schema(description = "whsec_ and a base64 key; verify each delivery's webhook-signature with it. Shown only here.")
        String secret) {
}

package dev.kinetic.plan.application;

import java.util.UUID;

/** The outcome of a test ping: sent once, now, and kept in the delivery log. */
public record PingResult(UUID deliveryId, String webhookId, boolean delivered, Integer statusCode, long latencyMs,
        String error) {
}

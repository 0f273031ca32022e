package dev.kinetic.plan.application;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The endpoint's new secret; until {@code previousSecretExpiresAt} deliveries carry a signature by each. */
public record SecretRotated(@Schema(description = "Shown only here") String secret, Instant previousSecretExpiresAt) {
}

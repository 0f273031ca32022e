package dev.kinetic.plan.application;

/** Fired in a transaction that queued webhook deliveries; after its commit the dispatcher sends them at once. */
public record WebhooksQueued(int count) {
}

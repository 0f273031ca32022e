package dev.kinetic.platform.outbox;

import java.util.UUID;

/** Fired when an event is staged; observed after commit to wake the relay without waiting for its poll. */
public record OutboxStaged(UUID eventId) {
}

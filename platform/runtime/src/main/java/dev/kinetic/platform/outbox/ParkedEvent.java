package dev.kinetic.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outbox row the relay set aside because the broker can never accept it, as an operator sees it. */
@Schema(name = "ParkedEvent")
public record ParkedEvent(UUID eventId, String topic, String key, String type, OffsetDateTime occurredAt,
        OffsetDateTime parkedAt, String reason, long payloadBytes) {
}

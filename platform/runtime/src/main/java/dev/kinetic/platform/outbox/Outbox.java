package dev.kinetic.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.platform.json.Json;

import dev.kinetic.contracts.EventHeaders;
import dev.kinetic.platform.events.OutgoingEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Stages events in the caller's transaction. The only way a service publishes: the state change and
 * its event commit together or not at all, and {@link OutboxRelay} sends them after commit.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final OpenTelemetry openTelemetry;
    private final Event<OutboxStaged> staged;
    private final Clock clock;

    public Outbox(ObjectMapper mapper, OutboxConfig config, OpenTelemetry openTelemetry, Event<OutboxStaged> staged, Clock clock) {
        this.clock = clock;
        this.mapper = mapper;
        this.config = config;
        this.openTelemetry = openTelemetry;
        this.staged = staged;
    }

    /** Stages {@code event}; must run inside the transaction that makes the change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID stage(OutgoingEvent event) {
        OutboxEventEntity row = new OutboxEventEntity();
        row.eventId = UUID.randomUUID();
        row.topic = event.topic();
        row.messageKey = event.key();
        row.eventType = event.type();
        row.source = config.source();
        row.occurredAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        row.payload = toJson(event);
        int bytes = row.payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxEventBytes()) {
            throw new EventTooLargeException(event.type(), bytes, config.maxEventBytes());
        }
        row.traceparent = currentTraceparent();
        row.persist();
        staged.fire(new OutboxStaged(row.eventId));
        return row.eventId;
    }

    private String toJson(OutgoingEvent event) {
        return Json.write(mapper, event.data());
    }

    private String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        return carrier.get(EventHeaders.TRACEPARENT);
    }
}

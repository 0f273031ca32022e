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
import dev.kinetic.platform.persistence.SessionSql;

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

    private static final String INSERT = """
            INSERT INTO platform.outbox_event (event_id, topic, message_key, event_type, source, occurred_at, payload, traceparent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * A caller's own statements (one or several, separated by semicolons) with the event's insert after them, so both
     * go in one round trip; built once, as a constant beside the statements, with how many parameters are the caller's.
     */
    public static final class Statements {

        private static final Statements NONE = new Statements(INSERT, 0);

        private final String sql;
        private final int parameterCount;

        private Statements(String sql, int parameterCount) {
            this.sql = sql;
            this.parameterCount = parameterCount;
        }

        /** {@code statements}, taking the first {@code parameterCount} parameters, then the event's insert. */
        public static Statements before(String statements, int parameterCount) {
            return new Statements(statements + ";\n" + INSERT, parameterCount);
        }
    }

    private final ObjectMapper mapper;
    private final OutboxConfig config;
    private final OpenTelemetry openTelemetry;
    private final Event<OutboxStaged> staged;
    private final Clock clock;
    private final SessionSql sql;

    public Outbox(ObjectMapper mapper, OutboxConfig config, OpenTelemetry openTelemetry, Event<OutboxStaged> staged, Clock clock,
            SessionSql sql) {
        this.clock = clock;
        this.sql = sql;
        this.mapper = mapper;
        this.config = config;
        this.openTelemetry = openTelemetry;
        this.staged = staged;
    }

    /**
     * Stages {@code event}; must run inside the transaction that makes the change it reports. The row is inserted at
     * once on the transaction's own connection, not persisted as an entity: an entity with a database-generated id
     * made Hibernate flush every insert the caller had queued, one round trip each, and its insert machinery was a
     * seventh of plan-service's CPU samples at plan creation's peak.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID stage(OutgoingEvent event) {
        return stageWith(event, Statements.NONE, statement -> {
        });
    }

    /**
     * Stages {@code event} in the same round trip as the caller's own {@code statements}, which run first with their
     * parameters, set by {@code parameters}; the event's row takes the parameters after them. For a hot write whose
     * change and event are one round trip instead of two; otherwise as {@link #stage}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID stageWith(OutgoingEvent event, Statements statements, SessionSql.Parameters parameters) {
        UUID eventId = UUID.randomUUID();
        String payload = toJson(event);
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxEventBytes()) {
            throw new EventTooLargeException(event.type(), bytes, config.maxEventBytes());
        }
        OffsetDateTime occurredAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String traceparent = currentTraceparent();
        int first = statements.parameterCount + 1;
        sql.execute(statements.sql, insert -> {
            parameters.set(insert);
            insert.setObject(first, eventId);
            insert.setString(first + 1, event.topic());
            insert.setString(first + 2, event.key());
            insert.setString(first + 3, event.type());
            insert.setString(first + 4, config.source());
            insert.setObject(first + 5, occurredAt);
            insert.setString(first + 6, payload);
            insert.setString(first + 7, traceparent);
        });
        staged.fire(new OutboxStaged(eventId));
        return eventId;
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

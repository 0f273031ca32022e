package dev.kinetic.plan.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.kinetic.platform.events.OutgoingEvent;
import dev.kinetic.platform.outbox.Outbox;
import dev.kinetic.platform.persistence.SessionSql;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * New plan and version rows, inserted in plain SQL on the transaction's own connection ({@link SessionSql}: a repeated
 * Idempotency-Key is still a {@code ConstraintViolationException}).
 * A new plan, its first version and its event go in one round trip. Through entities, these inserts were a tenth of
 * plan-service's CPU samples at plan creation's peak; nothing reads the rows back through the session in the
 * transaction that writes them.
 */
@ApplicationScoped
public class PlanRows {

    /** A plan's row as first written; the columns a creation leaves to their defaults are not here. */
    public record NewPlan(UUID id, String partner, String idempotencyKey, String requestHash, String outcome, String status,
            int version, List<String> upcomingExercises, long catalogVersion, OffsetDateTime createdAt) {
    }

    /** A version's row: {@code changes} as JSON, {@code document} compressed. */
    public record NewVersion(UUID planId, int version, String cause, String changes, byte[] document, OffsetDateTime createdAt) {
    }

    private static final String INSERT_VERSION = """
            INSERT INTO plan_version (plan_id, version, cause, changes, document, created_at)
            VALUES (?, ?, ?, cast(? AS jsonb), ?, ?)""";

    private static final String INSERT_PLAN_WITH_VERSION = """
            INSERT INTO plan (id, partner, idempotency_key, request_hash, outcome, status, version, upcoming_exercises,
                              catalog_version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
            """ + INSERT_VERSION;

    /** The plan's 11 parameters and the version's 6, then the event's row. */
    private static final Outbox.Statements INSERT_PLAN_WITH_VERSION_AND_EVENT = Outbox.Statements.before(INSERT_PLAN_WITH_VERSION,
            17);

    private final SessionSql sql;
    private final Outbox outbox;

    public PlanRows(SessionSql sql, Outbox outbox) {
        this.sql = sql;
        this.outbox = outbox;
    }

    /** Inserts a new plan and its first version and stages {@code event}, the three statements in one round trip. */
    public void insert(NewPlan plan, NewVersion first, OutgoingEvent event) {
        outbox.stageWith(event, INSERT_PLAN_WITH_VERSION_AND_EVENT, insert -> {
            insert.setObject(1, plan.id());
            insert.setString(2, plan.partner());
            insert.setString(3, plan.idempotencyKey());
            insert.setString(4, plan.requestHash());
            insert.setString(5, plan.outcome());
            insert.setString(6, plan.status());
            insert.setInt(7, plan.version());
            insert.setArray(8, insert.getConnection().createArrayOf("text", plan.upcomingExercises().toArray()));
            insert.setLong(9, plan.catalogVersion());
            insert.setObject(10, plan.createdAt());
            insert.setObject(11, plan.createdAt());
            bindVersion(insert, 12, first);
        });
    }

    /** Inserts a later version of a plan that exists. */
    public void insert(NewVersion version) {
        sql.execute(INSERT_VERSION, insert -> bindVersion(insert, 1, version));
    }

    private static void bindVersion(PreparedStatement insert, int first, NewVersion version) throws SQLException {
        insert.setObject(first, version.planId());
        insert.setInt(first + 1, version.version());
        insert.setString(first + 2, version.cause());
        insert.setString(first + 3, version.changes());
        insert.setBytes(first + 4, version.document());
        insert.setObject(first + 5, version.createdAt());
    }
}

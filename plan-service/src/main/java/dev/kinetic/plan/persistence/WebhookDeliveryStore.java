package dev.kinetic.plan.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hibernate.query.NativeQuery;

import dev.kinetic.platform.persistence.SessionSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/** The queries of the delivery queue that Panache's finders do not express: claiming, releasing, purging. */
@ApplicationScoped
public class WebhookDeliveryStore {

    private final EntityManager entityManager;
    private final SessionSql sql;

    public WebhookDeliveryStore(EntityManager entityManager, SessionSql sql) {
        this.entityManager = entityManager;
        this.sql = sql;
    }

    /** A claimed delivery as the claim returns it: the row's state and its endpoint's address and secrets. */
    public record ClaimedRow(UUID id, UUID endpointId, String messageId, String payload, int attempts, OffsetDateTime firstAttemptAt,
            OffsetDateTime createdAt, OffsetDateTime claimedUntil, String url, String secret, String previousSecret,
            OffsetDateTime previousSecretExpiresAt) {
    }

    /**
     * Takes up to {@code limit} due deliveries of enabled endpoints (of {@code endpoint} only, unless null) for this
     * replica until {@code lease} runs out, so a replica that dies holding them does not lose them; never more for one
     * endpoint than {@code perEndpoint} minus what is in flight to it on every replica, so a slow receiver holds back
     * only its own deliveries. A row another replica claimed meanwhile is skipped (the update's condition is checked
     * again on the locked row). One statement: it returns what sending needs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<ClaimedRow> claimDue(OffsetDateTime now, Duration lease, int limit, int perEndpoint, UUID endpoint) {
        // Per endpoint: what is in flight (a small partial index: settled rows carry no claim), then its next due rows
        // up to the room left; the earliest of those over all endpoints. Each step reads only a few index entries, so a
        // claim costs the same with a backlog of millions.
        OffsetDateTime until = now.plus(lease);
        Query query = entityManager.createNativeQuery("""
                WITH picked AS (
                    SELECT next.id FROM webhook_endpoint e
                    CROSS JOIN LATERAL (SELECT count(*) AS n FROM webhook_delivery f
                                        WHERE f.endpoint_id = e.id AND f.claimed_until IS NOT NULL AND f.claimed_until >= ?2
                                          AND f.status = 'pending') busy
                    CROSS JOIN LATERAL (SELECT c.id, c.next_attempt_at FROM webhook_delivery c
                                        WHERE c.endpoint_id = e.id AND c.status = 'pending' AND c.next_attempt_at <= ?2
                                          AND (c.claimed_until IS NULL OR c.claimed_until < ?2)
                                        ORDER BY c.next_attempt_at LIMIT greatest(?4 - busy.n, 0)) next
                    WHERE e.status = 'enabled' %s
                    ORDER BY next.next_attempt_at LIMIT ?3),
                claimed AS (
                    UPDATE webhook_delivery d SET claimed_until = ?1 FROM picked
                    WHERE d.id = picked.id AND (d.claimed_until IS NULL OR d.claimed_until < ?2) AND d.status = 'pending'
                    RETURNING d.id, d.endpoint_id, d.message_id, d.payload, d.attempts, d.first_attempt_at, d.created_at)
                SELECT c.id, c.endpoint_id, c.message_id, c.payload, c.attempts, c.first_attempt_at, c.created_at,
                       e.url, e.secret, e.previous_secret, e.previous_secret_expires_at
                FROM claimed c JOIN webhook_endpoint e ON e.id = c.endpoint_id""".formatted(endpoint == null ? "" : "AND e.id = ?5"));
        if (endpoint != null) {
            query.setParameter(5, endpoint);
        }
        List<Object[]> rows = query.setParameter(1, until).setParameter(2, now).setParameter(3, limit).setParameter(4, perEndpoint)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class).addScalar("endpoint_id", UUID.class).addScalar("message_id", String.class)
                .addScalar("payload", String.class).addScalar("attempts", Integer.class)
                .addScalar("first_attempt_at", OffsetDateTime.class).addScalar("created_at", OffsetDateTime.class)
                .addScalar("url", String.class).addScalar("secret", String.class).addScalar("previous_secret", String.class)
                .addScalar("previous_secret_expires_at", OffsetDateTime.class)
                .getResultList();
        return rows.stream().map(r -> new ClaimedRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                (OffsetDateTime) r[5], (OffsetDateTime) r[6], until, (String) r[7], (String) r[8], (String) r[9],
                (OffsetDateTime) r[10])).toList();
    }

    /**
     * Records the outcome of an attempt on a delivery still held by this claim ({@code claimedUntil}): false if it is
     * not (the endpoint was deleted, or the lease ran out and another sender took it), and then nothing is written.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean settle(UUID delivery, OffsetDateTime claimedUntil, Settlement settlement) {
        int updated = entityManager.createNativeQuery("""
                UPDATE webhook_delivery SET status = ?3, attempts = ?4, next_attempt_at = ?5, claimed_until = NULL,
                       first_attempt_at = coalesce(first_attempt_at, ?6), delivered_at = ?7
                WHERE id = ?1 AND claimed_until = ?2 AND status = 'pending'""")
                .setParameter(1, delivery).setParameter(2, claimedUntil).setParameter(3, settlement.status())
                .setParameter(4, settlement.attempt()).setParameter(5, settlement.nextAttemptAt())
                .setParameter(6, settlement.attemptedAt()).setParameter(7, settlement.deliveredAt())
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        entityManager.createNativeQuery("""
                INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, latency_ms, error)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, delivery).setParameter(2, settlement.attempt()).setParameter(3, settlement.attemptedAt())
                .setParameter(4, settlement.statusCode()).setParameter(5, settlement.latencyMs()).setParameter(6, settlement.error())
                .executeUpdate();
        return true;
    }

    /** What an attempt leaves on its delivery: its new status and next attempt, and the attempt's own record. */
    public record Settlement(String status, int attempt, OffsetDateTime attemptedAt, OffsetDateTime nextAttemptAt,
            OffsetDateTime deliveredAt, Integer statusCode, int latencyMs, String error) {
    }

    /**
     * Lets the current transaction commit without waiting for its WAL flush. Only for bookkeeping whose loss in a
     * database crash is harmless: a lost claim is claimed again, a lost settlement sends the delivery again, which
     * at-least-once delivery allows (receivers drop repeats by webhook-id). Never for queueing a delivery.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commitWithoutWaitingForDisk() {
        entityManager.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
    }

    /** An endpoint answered again: its waiting deliveries go now instead of at their backoff times. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int releaseBacklog(UUID endpoint, OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                UPDATE webhook_delivery SET next_attempt_at = ?2
                WHERE endpoint_id = ?1 AND status = 'pending' AND attempts > 0 AND next_attempt_at > ?2""")
                .setParameter(1, endpoint).setParameter(2, now).executeUpdate();
    }

    /** A disabled endpoint's waiting deliveries fail with it (each can be redelivered once it is enabled); those in flight settle themselves. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int failPending(UUID endpoint) {
        return entityManager.createNativeQuery("""
                UPDATE webhook_delivery SET status = 'failed', next_attempt_at = NULL
                WHERE endpoint_id = ?1 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())""")
                .setParameter(1, endpoint).executeUpdate();
    }

    /** Removes settled deliveries (and their attempts) created before {@code before}. */
    @Transactional
    public int purgeSettled(OffsetDateTime before) {
        return entityManager.createNativeQuery("DELETE FROM webhook_delivery WHERE status <> 'pending' AND created_at < ?1")
                .setParameter(1, before).executeUpdate();
    }

    /** An enabled endpoint: whose it is and the event types it subscribed to. */
    public record Subscription(UUID endpoint, String partner, Set<String> eventTypes) {

        public boolean wants(String partner, String type) {
            return this.partner.equals(partner) && eventTypes.contains(type);
        }
    }

    /**
     * The enabled endpoints of any of {@code partners}: one query for a poll of events, not one per event (at a
     * thousand plans a second that was a statement and its round trip per plan created).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Subscription> subscriptions(Set<String> partners) {
        return sql.query("SELECT id, partner, event_types FROM webhook_endpoint WHERE partner = ANY (?) AND status = 'enabled'",
                select -> select.setArray(1, select.getConnection().createArrayOf("text", partners.toArray())),
                rows -> {
                    List<Subscription> found = new ArrayList<>();
                    while (rows.next()) {
                        // Tolerant of a type listed twice (the API stores each once; a row written otherwise must
                        // not fail the whole poll).
                        found.add(new Subscription(rows.getObject(1, UUID.class), rows.getString(2),
                                Set.copyOf(Arrays.asList((String[]) rows.getArray(3).getArray()))));
                    }
                    return found;
                });
    }

    /** Records a delivery for an endpoint unless it has this message already; true if it was new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(UUID id, UUID endpoint, String messageId, String eventType, String payload, OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                INSERT INTO webhook_delivery (id, endpoint_id, message_id, event_type, payload, status, attempts,
                                              next_attempt_at, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?6)
                ON CONFLICT (endpoint_id, message_id) DO NOTHING""")
                .setParameter(1, id).setParameter(2, endpoint).setParameter(3, messageId).setParameter(4, eventType)
                .setParameter(5, payload).setParameter(6, now).executeUpdate() == 1;
    }
}

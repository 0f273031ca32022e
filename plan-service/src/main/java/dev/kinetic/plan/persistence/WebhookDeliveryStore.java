package dev.kinetic.plan.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The queries of the delivery queue that Panache's finders do not express: claiming, releasing, purging. */
@ApplicationScoped
public class WebhookDeliveryStore {

    private final EntityManager entityManager;

    public WebhookDeliveryStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes up to {@code limit} due deliveries of enabled endpoints for this replica until {@code lease} runs out, so
     * a replica that dies holding them does not lose them; never more for one endpoint than {@code perEndpoint} minus
     * what is in flight to it on every replica, so a slow receiver holds back only its own deliveries. A row another
     * replica claimed meanwhile is skipped (the outer condition is checked again on the locked row).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(OffsetDateTime now, Duration lease, int limit, int perEndpoint) {
        // Per endpoint: what is in flight (a small partial index: settled rows carry no claim), then its next due rows
        // up to the room left; the earliest of those over all endpoints. Each step reads only a few index entries, so a
        // claim costs the same with a backlog of millions.
        return entityManager.createNativeQuery("""
                UPDATE webhook_delivery d SET claimed_until = ?1
                WHERE (d.claimed_until IS NULL OR d.claimed_until < ?2) AND d.status = 'pending'
                  AND d.id IN (
                    SELECT next.id FROM webhook_endpoint e
                    CROSS JOIN LATERAL (SELECT count(*) AS n FROM webhook_delivery f
                                        WHERE f.endpoint_id = e.id AND f.claimed_until IS NOT NULL AND f.claimed_until >= ?2
                                          AND f.status = 'pending') busy
                    CROSS JOIN LATERAL (SELECT c.id, c.next_attempt_at FROM webhook_delivery c
                                        WHERE c.endpoint_id = e.id AND c.status = 'pending' AND c.next_attempt_at <= ?2
                                          AND (c.claimed_until IS NULL OR c.claimed_until < ?2)
                                        ORDER BY c.next_attempt_at LIMIT greatest(?4 - busy.n, 0)) next
                    WHERE e.status = 'enabled'
                    ORDER BY next.next_attempt_at LIMIT ?3)
                RETURNING d.id""", UUID.class)
                .setParameter(1, now.plus(lease)).setParameter(2, now).setParameter(3, limit).setParameter(4, perEndpoint)
                .getResultList();
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

    /** The enabled endpoints of {@code partner} subscribed to {@code type}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> subscribers(String partner, String type) {
        return entityManager.createNativeQuery("""
                SELECT id FROM webhook_endpoint WHERE partner = ?1 AND status = 'enabled' AND ?2 = ANY (event_types)""", UUID.class)
                .setParameter(1, partner).setParameter(2, type).getResultList();
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

package dev.kinetic.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes a consumer idempotent: it records an event as processed in the same transaction as the
 * consumer's side effect, so a redelivered event is recognised and has no second effect.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records {@code eventId} as processed by {@code consumer}; true the first time only. A
     * concurrent duplicate waits on the row and then sees it, so exactly one delivery wins.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return entityManager.createNativeQuery("""
                INSERT INTO platform.processed_event (consumer, event_id, processed_at)
                VALUES (?1, ?2, now())
                ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    /**
     * Forgets what {@code consumer} processed before {@code before}: the inbox only has to outlive the redeliveries
     * it guards against, and would otherwise grow with every event. Returns how many rows went.
     */
    @Transactional
    public int forget(String consumer, java.time.OffsetDateTime before) {
        return entityManager.createNativeQuery("DELETE FROM platform.processed_event WHERE consumer = ?1 AND processed_at < ?2")
                .setParameter(1, consumer)
                .setParameter(2, before)
                .executeUpdate();
    }
}

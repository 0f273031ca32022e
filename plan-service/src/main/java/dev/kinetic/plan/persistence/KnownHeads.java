package dev.kinetic.plan.persistence;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The plan heads this replica knows to be current, so that a plan read need not ask the database.
 * <p>
 * A head is only held while this replica follows {@code plan-events}: every version committed anywhere after that
 * reaches it as an event, and a version committed here is learnt at its commit. A head never goes back to an older
 * version, whichever arrives first (a read of the database or the event of a newer version). Whatever was held when
 * following stopped is dropped, as is a read of the database that began before following (re)started, since events
 * of that gap were not seen. A head is held for {@code maxAge} at most: how stale a read may be if events stop
 * arriving while the consumer still holds its partitions (a relay or broker outage).
 */
public final class KnownHeads {

    private final Cache<UUID, PlanHead> heads;
    /** Changes whenever following starts or stops; a read of the database is kept only if it did not change meanwhile. */
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean following;

    public KnownHeads(Duration maxAge, long maxPlans, Ticker ticker) {
        this.heads = Caffeine.newBuilder().expireAfterWrite(maxAge).maximumSize(maxPlans).ticker(ticker).build();
    }

    /** The head of {@code plan}, if this replica knows it to be current. */
    public Optional<PlanHead> known(UUID plan) {
        return following ? Optional.ofNullable(heads.getIfPresent(plan)) : Optional.empty();
    }

    /** Taken before reading a head from the database, and given back to {@link #read}. */
    public long epoch() {
        return epoch.get();
    }

    /** A head read from the database, by a read that took {@code epochBefore} before it began. */
    public void read(UUID plan, PlanHead head, long epochBefore) {
        if (!following || epoch.get() != epochBefore) {
            return;
        }
        keepNewer(plan, head);
        if (epoch.get() != epochBefore) {
            heads.invalidate(plan); // following restarted while this was being stored
        }
    }

    /** A version committed (an event, or a commit on this replica). */
    public void learnt(UUID plan, PlanHead head) {
        if (following) {
            keepNewer(plan, head);
        }
    }

    /** This replica now sees every event committed from here on. */
    public void followingStarted() {
        epoch.incrementAndGet();
        heads.invalidateAll();
        following = true;
    }

    /** This replica may miss events from here on (its partitions were revoked or lost). */
    public void followingStopped() {
        following = false;
        epoch.incrementAndGet();
        heads.invalidateAll();
    }

    /** Whether heads are held now. */
    public boolean isFollowing() {
        return following;
    }

    /** How many heads are held. */
    public long size() {
        heads.cleanUp();
        return heads.estimatedSize();
    }

    private void keepNewer(UUID plan, PlanHead head) {
        heads.asMap().merge(plan, head, (held, given) -> given.version() > held.version() ? given : held);
    }
}

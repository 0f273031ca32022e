package dev.kinetic.plan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class KnownHeadsTest {

    private static final UUID PLAN = UUID.fromString("0b7a3c1e-5f2d-4e8a-9b6c-1d2e3f4a5b6c");
    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final AtomicLong nanos = new AtomicLong();
    private final KnownHeads heads = new KnownHeads(MAX_AGE, 1_000, nanos::get);

    private static PlanHead v(int version) {
        return new PlanHead("partner-a", version);
    }

    @Test
    void nothingIsKnownBeforeFollowingStarts() {
        heads.read(PLAN, v(1), heads.epoch());
        heads.learnt(PLAN, v(2));

        assertThat(heads.known(PLAN)).isEmpty();
    }

    @Test
    void aHeadReadWhileFollowingIsKnownAndAnEventMovesItOn() {
        heads.followingStarted();
        heads.read(PLAN, v(1), heads.epoch());
        assertThat(heads.known(PLAN)).contains(v(1));

        heads.learnt(PLAN, v(2));

        assertThat(heads.known(PLAN)).contains(v(2));
    }

    @Test
    void aHeadNeverGoesBackToAnOlderVersion() {
        heads.followingStarted();
        long before = heads.epoch();
        heads.learnt(PLAN, v(3)); // the event of version 3 arrived while a read that found version 2 was on its way
        heads.read(PLAN, v(2), before);
        heads.learnt(PLAN, v(1)); // a late event of an earlier version

        assertThat(heads.known(PLAN)).contains(v(3));
    }

    @Test
    void aReadThatBeganBeforeFollowingRestartedIsNotKept() {
        heads.followingStarted();
        long before = heads.epoch();
        heads.followingStopped();
        heads.followingStarted();

        heads.read(PLAN, v(1), before);

        assertThat(heads.known(PLAN)).isEmpty();
    }

    @Test
    void whatWasKnownIsDroppedWhenFollowingStopsAndNotServedWhileStopped() {
        heads.followingStarted();
        heads.read(PLAN, v(1), heads.epoch());

        heads.followingStopped();
        assertThat(heads.known(PLAN)).isEmpty();
        heads.learnt(PLAN, v(2));
        assertThat(heads.known(PLAN)).isEmpty();

        heads.followingStarted();
        assertThat(heads.known(PLAN)).isEmpty();
    }

    @Test
    void aHeadIsHeldForTheMaximumAgeAtMost() {
        heads.followingStarted();
        heads.read(PLAN, v(1), heads.epoch());

        nanos.addAndGet(MAX_AGE.minusMillis(1).toNanos());
        assertThat(heads.known(PLAN)).contains(v(1));
        nanos.addAndGet(Duration.ofMillis(2).toNanos());
        assertThat(heads.known(PLAN)).isEmpty();
    }

    @Test
    void heldHeadsAreBounded() {
        KnownHeads small = new KnownHeads(MAX_AGE, 10, nanos::get);
        small.followingStarted();
        for (int i = 0; i < 1_000; i++) {
            small.learnt(UUID.randomUUID(), v(1));
        }
        assertThat(small.size()).isLessThanOrEqualTo(10);
    }
}

package dev.kinetic.exercise.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.kinetic.exercise.domain.CatalogSnapshot;

/** The catalog held in memory: reads never wait for the database once it is loaded, and still see other replicas' writes. */
class CatalogCacheTest {

    private static final Duration INTERVAL = Duration.ofSeconds(1);

    /** The database as far as the cache sees it: a revision, and how often it was asked. */
    private final AtomicLong revision = new AtomicLong(1);
    private final AtomicInteger revisionReads = new AtomicInteger();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong(0);
    /** Background work runs only when the test says so: what a read started is visible, and the read did not do it. */
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private volatile RuntimeException databaseDown;

    private final CatalogCache cache = new CatalogCache(() -> {
        failIfDown();
        revisionReads.incrementAndGet();
        return revision.get();
    }, () -> {
        failIfDown();
        loads.incrementAndGet();
        return new CatalogSnapshot(revision.get(), List.of());
    }, INTERVAL, worker::add, clock::get);

    @Test
    void aReadBeforeTheFirstLoadWaitsForIt() {
        CatalogCache direct = new CatalogCache(revision::get, () -> new CatalogSnapshot(revision.get(), List.of()), INTERVAL,
                Runnable::run, clock::get);

        assertThat(direct.current().revision()).isEqualTo(1);
        assertThat(direct.loaded()).isTrue();
    }

    @Test
    void readsWithinTheIntervalNeverAskTheDatabase() {
        loadFirst();
        clock.addAndGet(INTERVAL.toNanos());

        for (int i = 0; i < 100; i++) {
            assertThat(cache.current().revision()).isEqualTo(1);
        }
        assertThat(worker).isEmpty();
        assertThat(revisionReads).hasValue(0);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aReadAfterTheIntervalAnswersFromMemoryAndStartsOneLookOnAWorker() {
        loadFirst();
        revision.set(2); // another replica wrote
        clock.addAndGet(INTERVAL.toNanos() + 1);

        assertThat(cache.current().revision()).isEqualTo(1);
        assertThat(cache.current().revision()).isEqualTo(1);
        assertThat(worker).hasSize(1); // one look however many reads come while it is due
        assertThat(revisionReads).hasValue(0);

        worker.remove().run();

        assertThat(cache.current().revision()).isEqualTo(2);
        assertThat(loads).hasValue(2);
        assertThat(worker).isEmpty(); // the reload counts as a look
    }

    @Test
    void aLookThatFindsTheSameRevisionLoadsNothingAndWaitsAnotherInterval() {
        loadFirst();
        clock.addAndGet(INTERVAL.toNanos() + 1);
        cache.current();
        worker.remove().run();

        assertThat(revisionReads).hasValue(1);
        assertThat(loads).hasValue(1);
        cache.current();
        assertThat(worker).isEmpty();

        clock.addAndGet(INTERVAL.toNanos() + 1);
        cache.current();
        assertThat(worker).hasSize(1);
    }

    @Test
    void aFailedLookLeavesTheCatalogAsItWasAndIsTriedAgainAfterAnInterval() {
        loadFirst();
        clock.addAndGet(INTERVAL.toNanos() + 1);
        cache.current();
        databaseDown = new IllegalStateException("database down");
        worker.remove().run();

        assertThat(cache.current().revision()).isEqualTo(1);
        assertThat(worker).isEmpty(); // not one look per read while the database is down

        databaseDown = null;
        revision.set(3);
        clock.addAndGet(INTERVAL.toNanos() + 1);
        cache.current();
        worker.remove().run();
        assertThat(cache.current().revision()).isEqualTo(3);
    }

    @Test
    void aFailedFirstLoadIsNotReadyAndIsStartedAgain() {
        databaseDown = new IllegalStateException("database down");
        assertThat(cache.loaded()).isFalse();
        worker.remove().run();

        CatalogCache direct = new CatalogCache(revision::get, () -> {
            throw new IllegalStateException("database down");
        }, INTERVAL, Runnable::run, clock::get);
        assertThatThrownBy(direct::current).isInstanceOf(IllegalStateException.class).hasMessage("database down");

        databaseDown = null;
        assertThat(cache.loaded()).isFalse(); // started again, on the worker
        worker.remove().run();
        assertThat(cache.loaded()).isTrue();
        assertThat(cache.current().revision()).isEqualTo(1);
    }

    @Test
    void aWriteOfThisReplicaIsReadAtOnce() {
        loadFirst();
        revision.set(2);

        cache.onCommit(null);

        assertThat(cache.current().revision()).isEqualTo(2);
        assertThat(worker).isEmpty();
    }

    private void loadFirst() {
        assertThat(cache.loaded()).isFalse();
        worker.remove().run();
        assertThat(cache.loaded()).isTrue();
        assertThat(loads).hasValue(1);
    }

    private void failIfDown() {
        if (databaseDown != null) {
            throw databaseDown;
        }
    }
}

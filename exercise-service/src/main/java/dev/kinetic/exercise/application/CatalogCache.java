package dev.kinetic.exercise.application;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import dev.kinetic.exercise.config.CatalogConfig;
import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * The catalog in memory, as a version-aware cache: a read never waits for the database, so the public reads are
 * answered on the event loop. This instance's writes refresh it on commit; other replicas' writes are noticed by a
 * look at the catalog's revision that a read starts on a worker at most once per {@code refresh-interval} (the read
 * itself answers from the snapshot it has). The first load starts as the service does, on a worker beside the rest
 * of its start; readiness waits for it ({@link CatalogReadiness}), and a read that comes before it waits for it.
 */
@ApplicationScoped
public class CatalogCache {

    private static final Logger LOG = Logger.getLogger(CatalogCache.class);

    private final LongSupplier revision;
    private final Supplier<CatalogSnapshot> load;
    private final long refreshNanos;
    private final Executor background;
    private final LongSupplier nanoClock;
    private final AtomicBoolean looking = new AtomicBoolean();
    private volatile CatalogSnapshot snapshot;
    private volatile long checkedAt;
    /** Guards {@link #first}: never held while loading, so a read waiting for the first load waits only for it. */
    private final Object firstLock = new Object();
    private CompletableFuture<CatalogSnapshot> first;

    @Inject
    public CatalogCache(ExerciseRepository repository, CatalogConfig config, Vertx vertx) {
        this(() -> QuarkusTransaction.requiringNew().call(repository::catalogRevision),
                () -> QuarkusTransaction.requiringNew().call(() -> new CatalogSnapshot(repository.catalogRevision(), repository.loadAll())),
                config.cacheRefreshInterval(), task -> vertx.executeBlocking(() -> {
                    task.run();
                    return null;
                }, false), System::nanoTime);
    }

    /** With the database's revision and a full load, the worker that looks, and the clock the interval is read on. */
    CatalogCache(LongSupplier revision, Supplier<CatalogSnapshot> load, Duration refreshInterval, Executor background,
            LongSupplier nanoClock) {
        this.revision = revision;
        this.load = load;
        this.refreshNanos = refreshInterval.toNanos();
        this.background = background;
        this.nanoClock = nanoClock;
    }

    /**
     * After the migrations, before the seed and the messaging channels, so the load runs beside them; a seed that
     * changes the catalog loads it again as it commits.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event) {
        firstLoad();
    }

    /**
     * The catalog as this replica holds it, at most {@code refresh-interval} (and one look) behind another replica's
     * write. Waits only for the first load.
     */
    public CatalogSnapshot current() {
        CatalogSnapshot current = snapshot;
        if (current == null) {
            return awaitFirstLoad();
        }
        if (nanoClock.getAsLong() - checkedAt > refreshNanos && looking.compareAndSet(false, true)) {
            background.execute(this::lookForChanges);
        }
        return current;
    }

    /** Whether the catalog has been loaded once (readiness); starts the first load again if it failed. */
    public boolean loaded() {
        if (snapshot == null) {
            firstLoad();
        }
        return snapshot != null;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        reload();
    }

    private CatalogSnapshot awaitFirstLoad() {
        CompletableFuture<CatalogSnapshot> loading = firstLoad();
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The first load, started once; a failed one is started again by the next caller. */
    private CompletableFuture<CatalogSnapshot> firstLoad() {
        synchronized (firstLock) {
            if (first == null || first.isCompletedExceptionally()) {
                first = CompletableFuture.supplyAsync(() -> {
                    long started = System.nanoTime();
                    CatalogSnapshot loaded = reload();
                    LOG.infof("Catalog loaded: %d exercises at revision %d in %d ms", loaded.size(), loaded.revision(),
                            (System.nanoTime() - started) / 1_000_000);
                    return loaded;
                }, background);
            }
            return first;
        }
    }

    private void lookForChanges() {
        try {
            long current = revision.getAsLong();
            if (snapshot.revision() != current) {
                reload();
            } else {
                checkedAt = nanoClock.getAsLong();
            }
        } catch (RuntimeException e) {
            checkedAt = nanoClock.getAsLong(); // the next look after another interval, not at every read
            LOG.warnf("Looking for catalog changes failed, trying again in %d ms: %s", refreshNanos / 1_000_000, e.toString());
        } finally {
            looking.set(false);
        }
    }

    private synchronized CatalogSnapshot reload() {
        snapshot = load.get();
        checkedAt = nanoClock.getAsLong();
        return snapshot;
    }
}

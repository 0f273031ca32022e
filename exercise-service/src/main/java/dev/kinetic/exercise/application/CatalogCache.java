package dev.kinetic.exercise.application;


import dev.kinetic.exercise.config.CatalogConfig;
import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The catalog in memory, as a version-aware cache: reads never touch the database while the
 * catalog revision is unchanged. This instance's writes refresh it on commit; other replicas'
 * writes are noticed by comparing the revision at most once per {@code refresh-interval}.
 */
@ApplicationScoped
public class CatalogCache {

    private final ExerciseRepository repository;
    private final long refreshNanos;
    private volatile CatalogSnapshot snapshot;
    private volatile long checkedAt;

    public CatalogCache(ExerciseRepository repository, CatalogConfig config) {
        this.repository = repository;
        this.refreshNanos = config.cacheRefreshInterval().toNanos();
    }

    public CatalogSnapshot current() {
        CatalogSnapshot current = snapshot;
        if (current == null || System.nanoTime() - checkedAt > refreshNanos) {
            return refreshIfStale();
        }
        return current;
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        reload();
    }

    private synchronized CatalogSnapshot refreshIfStale() {
        if (snapshot != null && System.nanoTime() - checkedAt <= refreshNanos) {
            return snapshot;
        }
        long revision = QuarkusTransaction.requiringNew().call(repository::catalogRevision);
        if (snapshot == null || snapshot.revision() != revision) {
            return reload();
        }
        checkedAt = System.nanoTime();
        return snapshot;
    }

    private synchronized CatalogSnapshot reload() {
        snapshot = QuarkusTransaction.requiringNew().call(() ->
                new CatalogSnapshot(repository.catalogRevision(), repository.loadAll()));
        checkedAt = System.nanoTime();
        return snapshot;
    }

}

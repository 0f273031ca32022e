package dev.kinetic.plan.readmodel;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.kinetic.contracts.catalog.ExerciseEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells the read models where the topics end (they are ready once they have read that far) and
 * keeps their lag current. When exercise-catalog is empty at start-up (a new cluster, or a topic
 * recreated), the catalog is loaded from exercise-service's snapshot instead; if that service is
 * down too, the catalog fills from the topic as exercise-service publishes.
 */
@ApplicationScoped
public class ReadModelLoader {

    private static final Logger LOG = Logger.getLogger(ReadModelLoader.class);

    private final CatalogReadModel catalog;
    private final ArticleReadModel articles;
    private final TopicOffsets offsets;
    private final ExerciseServiceClient exerciseService;
    private volatile boolean bootstrapping;

    public ReadModelLoader(CatalogReadModel catalog, ArticleReadModel articles, TopicOffsets offsets,
            @RestClient ExerciseServiceClient exerciseService) {
        this.catalog = catalog;
        this.articles = articles;
        this.offsets = offsets;
        this.exerciseService = exerciseService;
    }

    /**
     * The first look, on a worker as soon as the service has started: the scheduler's first tick comes only at the
     * next whole second after it starts, and readiness waits for the targets.
     */
    void onStart(@Observes StartupEvent event, Vertx vertx) {
        vertx.executeBlocking(() -> {
            refresh();
            return null;
        }, false);
    }

    /** One look at a time (the first, at start, is not the scheduler's). */
    @Scheduled(every = "${kinetic.plan.offsets-refresh:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        track(articles.catchUp(), false);
        track(catalog.catchUp(), true);
    }

    private void track(TopicCatchUp catchUp, boolean bootstrapWhenEmpty) {
        try {
            TopicOffsets.Range range = offsets.range(catchUp.topic());
            if (catchUp.targetKnown()) {
                catchUp.latestEndOffsets(range.end());
                return;
            }
            if (bootstrapWhenEmpty && range.empty()) {
                bootstrap();
            }
            catchUp.target(range.start(), range.end());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("Cannot read the offsets of %s yet: %s", catchUp.topic(), e.toString());
        }
    }

    private void bootstrap() {
        bootstrapping = true;
        try {
            ExerciseServiceClient.Snapshot snapshot = exerciseService.snapshot();
            if (snapshot.vocabulary() != null) {
                catalog.vocabulary(snapshot.vocabulary());
            }
            int applied = 0;
            for (ExerciseEvent exercise : snapshot.exercises()) {
                if (CatalogExercises.problem(exercise) == null && catalog.index().apply(CatalogExercises.toExercise(exercise), exercise.version())) {
                    applied++;
                }
            }
            LOG.infof("exercise-catalog is empty: loaded %d exercises from exercise-service's snapshot (revision %d)", applied,
                    snapshot.revision());
        } catch (RuntimeException e) {
            LOG.warnf("exercise-catalog is empty and exercise-service's snapshot is unavailable (%s); "
                    + "the catalog will fill from the topic", e.toString());
        } finally {
            bootstrapping = false;
        }
    }

    public boolean bootstrapping() {
        return bootstrapping;
    }
}

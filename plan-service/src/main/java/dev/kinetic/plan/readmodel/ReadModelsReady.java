package dev.kinetic.plan.readmodel;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready once the catalog and article indexes have read their topics up to where they ended at
 * start-up: a replica that served plans before that would build them from part of the catalog.
 */
@Readiness
@ApplicationScoped
public class ReadModelsReady implements HealthCheck {

    private final CatalogReadModel catalog;
    private final ArticleReadModel articles;
    private final ReadModelLoader loader;

    public ReadModelsReady(CatalogReadModel catalog, ArticleReadModel articles, ReadModelLoader loader) {
        this.catalog = catalog;
        this.articles = articles;
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        boolean up = catalog.catchUp().caughtUp() && articles.catchUp().caughtUp() && !loader.bootstrapping();
        return HealthCheckResponse.named("read-models").status(up)
                .withData("catalogCaughtUp", catalog.catchUp().caughtUp())
                .withData("catalogExercises", catalog.index().size())
                .withData("catalogVersion", catalog.index().version())
                .withData("catalogLag", catalog.catchUp().lag())
                .withData("articlesCaughtUp", articles.catchUp().caughtUp())
                .withData("articlesPublished", articles.index().published())
                .build();
    }
}

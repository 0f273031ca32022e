package dev.kinetic.content.application;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Not ready to search until the published articles are in this replica's index. */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    private final ArticleSearchFeed feed;

    public SearchIndexReadiness(ArticleSearchFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search-index").status(feed.loaded()).build();
    }
}

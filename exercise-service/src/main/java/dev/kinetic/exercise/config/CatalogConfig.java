package dev.kinetic.exercise.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kinetic.catalog")
public interface CatalogConfig {

    /**
     * How stale a replica's in-memory catalog may be after another replica's write, plus the look itself: a read
     * that finds the last look older starts one on a worker and answers without waiting for it.
     */
    @WithDefault("PT1S")
    Duration cacheRefreshInterval();

    /** Whether the team's seed catalog is loaded (idempotently) at start-up. */
    @WithDefault("true")
    boolean seed();

    /**
     * The review state of an exercise an editor creates through the API: {@code approved} (the editor
     * wrote every field; the default) or {@code unreviewed} (a second editor must approve it). Imported
     * records always start unreviewed.
     */
    @WithDefault("approved")
    String editorCreatedReview();
}

package dev.kinetic.exercise.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kinetic.catalog")
public interface CatalogConfig {

    /** How stale a replica's in-memory catalog may be after another replica's write. */
    @WithDefault("PT1S")
    Duration cacheRefreshInterval();

    /** Whether the team's seed catalog is loaded (idempotently) at start-up. */
    @WithDefault("true")
    boolean seed();
}

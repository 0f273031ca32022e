package dev.kinetic.platform.migration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service brings its schema up to date when it starts ({@link MigrateAtStart}). */
@ConfigMapping(prefix = "kinetic.migrations")
public interface MigrationsConfig {

    /**
     * Start Flyway at every start, even when the history already holds every migration of this build: it then also
     * checks each applied migration's checksum against the build's files, which costs a few hundred milliseconds of
     * every start.
     */
    @WithDefault("false")
    boolean alwaysRunFlyway();
}

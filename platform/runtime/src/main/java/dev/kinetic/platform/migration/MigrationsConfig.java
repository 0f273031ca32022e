package dev.kinetic.platform.migration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service brings its schema up to date when it starts ({@link MigrateAtStart}). */
@ConfigMapping(prefix = "kinetic.migrations")
public interface MigrationsConfig {

    /**
     * Start Flyway at every start, even when its history already holds every migration of this build with the same
     * checksum (by default Flyway is started only when it has something to do; its own start costs a few hundred
     * milliseconds).
     */
    @WithDefault("false")
    boolean alwaysRunFlyway();
}

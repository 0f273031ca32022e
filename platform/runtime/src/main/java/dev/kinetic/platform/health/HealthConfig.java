package dev.kinetic.platform.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the background probes behind readiness run. */
@ConfigMapping(prefix = "kinetic.health")
public interface HealthConfig {

    /** Pause between two probes of the same dependency. */
    @WithDefault("PT2S")
    Duration probeInterval();

    /** Longest a single probe waits for its answer. */
    @WithDefault("PT1.5S")
    Duration probeTimeout();

    /** A success older than this no longer counts (the probe is stuck). */
    @WithDefault("PT10S")
    Duration staleAfter();
}

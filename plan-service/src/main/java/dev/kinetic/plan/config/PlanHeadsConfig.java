package dev.kinetic.plan.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The plan heads a replica holds in memory for plan reads (README, Configuration; {@code KnownHeads} says how). */
@ConfigMapping(prefix = "kinetic.plan.heads")
public interface PlanHeadsConfig {

    /** How long a head is held: the most a read can lag a change made through another replica if events stop. */
    @WithDefault("5s")
    Duration maxAge();

    /** Heads held at most (about 100 bytes each). */
    @WithDefault("100000")
    long maxPlans();
}

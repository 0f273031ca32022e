package dev.kinetic.content.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kinetic.content")
public interface ContentConfig {

    /** How often each replica looks for scheduled articles that are due. */
    @WithDefault("5s")
    String schedulePoll();

    /** How often each replica's search index reads the articles changed since its last look (other replicas' changes). */
    @WithDefault("1s")
    String searchRefresh();

    Samples samples();

    interface Samples {

        /** Whether the team's sample articles are ingested and published once the catalog has arrived. */
        @WithDefault("true")
        boolean enabled();

        /** How many catalog exercises must be known before ingesting, so the samples link to them. */
        @WithDefault("20")
        int minimumCatalog();

        /** How long to wait for the catalog before ingesting anyway. */
        @WithDefault("PT2M")
        Duration catalogWait();
    }
}

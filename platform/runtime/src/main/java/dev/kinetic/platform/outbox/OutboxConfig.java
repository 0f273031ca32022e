package dev.kinetic.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service stages and relays its events. */
@ConfigMapping(prefix = "kinetic.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /**
     * Largest event payload staged, in bytes of UTF-8 JSON. Kept under the producer's request size and
     * the topics' {@code max.message.bytes} (1 MiB) so a staged event can always be delivered; a write
     * whose event is larger fails at once and nothing of it is kept.
     */
    @WithDefault("1000000")
    int maxEventBytes();

    Relay relay();

    interface Relay {

        /** Whether this instance relays staged events to Kafka (one instance at a time does, by lock). */
        @WithDefault("true")
        boolean enabled();

        /** Most rows published per round trip to the broker. */
        @WithDefault("500")
        int batchSize();

        /** How often an idle relay looks for rows it was not woken for (e.g. written by another replica). */
        @WithDefault("PT0.5S")
        Duration pollInterval();

        /** First wait after a failed publish; doubles on each failure up to {@link #maxBackoff()}. */
        @WithDefault("PT0.2S")
        Duration initialBackoff();

        @WithDefault("PT10S")
        Duration maxBackoff();

        /** Producer compression; lz4 has a pure-Java fallback, so it works on every image. */
        @WithDefault("lz4")
        String compression();

        /** How long published rows are kept for audit and replay before they are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }
}

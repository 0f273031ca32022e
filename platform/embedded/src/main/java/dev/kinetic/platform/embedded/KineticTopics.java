package dev.kinetic.platform.embedded;

import java.util.List;

/** The suite's topics (see README "Events"): state topics are compacted, history and dead letters are not. */
public final class KineticTopics {

    /**
     * Largest record batch a topic (and the broker) accepts: Kafka's default, stated so the embedded broker,
     * the Strimzi resources and the outbox (which stages at most 1,000,000 bytes and sends at most
     * 1 MiB requests) agree.
     */
    public static final int MAX_MESSAGE_BYTES = 1_048_588;

    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec("exercise-catalog", 3, true),
            new TopicSpec("exercise-catalog.dlq", 1, false),
            new TopicSpec("content-articles", 3, true),
            new TopicSpec("content-articles.dlq", 1, false),
            new TopicSpec("plan-events", 3, false));

    private KineticTopics() {
    }
}

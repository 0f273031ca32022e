package dev.kinetic.platform.embedded;

import java.util.List;

import dev.kinetic.contracts.Topics;

/** The suite's topics (see README "Events"): state topics are compacted, history and dead letters are not. */
public final class KineticTopics {

    /**
     * Largest record batch a topic (and the broker) accepts: Kafka's default, stated so the embedded broker,
     * the Strimzi resources and the outbox (which stages at most 1,000,000 bytes and sends at most
     * 1 MiB requests) agree.
     */
    public static final int MAX_MESSAGE_BYTES = 1_048_588;

    /** Every topic of the contracts, and a dead-letter topic for each one the suite consumes. */
    public static final List<TopicSpec> ALL = Topics.ALL.stream()
            .<TopicSpec>mapMulti((topic, specs) -> {
                specs.accept(new TopicSpec(topic.name(), topic.partitions(), topic.compacted()));
                if (topic.consumedInside()) {
                    specs.accept(new TopicSpec(topic.deadLetters(), 1, false));
                }
            }).toList();

    private KineticTopics() {
    }
}

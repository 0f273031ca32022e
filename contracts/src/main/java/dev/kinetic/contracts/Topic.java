package dev.kinetic.contracts;

import java.util.List;

/**
 * A topic of the suite: who produces it, which services consume it, whether it is compacted (full state per key) or a history,
 * its partitions, the event types it carries, what its records are keyed by and what it is for. Brokers, manifests and services read it from here.
 */
public record Topic(String name, String producer, List<String> consumers, boolean compacted, int partitions,
        List<String> eventTypes, String key, String description) {

    public Topic {
        consumers = List.copyOf(consumers);
        eventTypes = List.copyOf(eventTypes);
    }

    /** Whether services of the suite consume it (and so dead-letter what they cannot process). */
    public boolean consumedInside() {
        return !consumers.isEmpty();
    }

    /** Where its consumers put what they can never process. */
    public String deadLetters() {
        return name + ".dlq";
    }
}

package dev.kinetic.platform.embedded;

import java.util.Map;

/** A topic the embedded broker creates up front, mirroring the KafkaTopic resources of a real cluster. */
public record TopicSpec(String name, int partitions, boolean compacted) {

    public Map<String, String> configs() {
        String maxMessageBytes = Integer.toString(KineticTopics.MAX_MESSAGE_BYTES);
        return compacted ? Map.of("cleanup.policy", "compact", "max.message.bytes", maxMessageBytes)
                : Map.of("max.message.bytes", maxMessageBytes);
    }
}

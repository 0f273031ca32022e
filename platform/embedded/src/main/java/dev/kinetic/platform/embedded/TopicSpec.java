package dev.kinetic.platform.embedded;

import java.util.Map;

/** A topic the embedded broker creates up front, mirroring the KafkaTopic resources of a real cluster. */
public record TopicSpec(String name, int partitions, boolean compacted) {

    /** A compacted topic closes a segment every hour, as in the cluster: compaction never reaches the open one. */
    public Map<String, String> configs() {
        String maxMessageBytes = Integer.toString(KineticTopics.MAX_MESSAGE_BYTES);
        return compacted ? Map.of("cleanup.policy", "compact", "max.message.bytes", maxMessageBytes, "segment.ms", "3600000")
                : Map.of("max.message.bytes", maxMessageBytes);
    }
}

package dev.kinetic.platform.events;

import java.util.Objects;

/**
 * An event a service wants published: where it goes, its key (the aggregate's public id, which
 * keeps one aggregate's events in order on one partition), its versioned CloudEvents type, and its
 * data (a record serialised to JSON).
 */
public record OutgoingEvent(String topic, String key, String type, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }
}

package dev.kinetic.platform.embedded;

import java.util.List;

/** The suite's topics (see README "Events"): state topics are compacted, history and dead letters are not. */
public final class KineticTopics {

    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec("exercise-catalog", 3, true),
            new TopicSpec("exercise-catalog.dlq", 1, false),
            new TopicSpec("content-articles", 3, true),
            new TopicSpec("content-articles.dlq", 1, false),
            new TopicSpec("plan-events", 3, false));

    private KineticTopics() {
    }
}

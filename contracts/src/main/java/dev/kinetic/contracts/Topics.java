package dev.kinetic.contracts;

import java.util.List;

/** The suite's topics (README, Events). Channel names in the services are these names. */
public final class Topics {

    public static final String EXERCISE_CATALOG = "exercise-catalog";
    public static final String CONTENT_ARTICLES = "content-articles";
    public static final String PLAN_EVENTS = "plan-events";

    public static final List<Topic> ALL = List.of(
            new Topic(EXERCISE_CATALOG, "exercise-service", List.of("content-service", "plan-service"), true, 3,
                    List.of(EventTypes.EXERCISE_UPSERTED, EventTypes.EXERCISE_RETIRED, EventTypes.CATALOG_VOCABULARY),
                    "the exercise's slug; the vocabularies under the key 'vocabulary'",
                    "The exercise catalog, full state per exercise (compacted): the latest version of every exercise, retired ones included, and the catalog's vocabularies."),
            new Topic(CONTENT_ARTICLES, "content-service", List.of("plan-service"), true, 3,
                    List.of(EventTypes.ARTICLE_PUBLISHED, EventTypes.ARTICLE_UNPUBLISHED), "the article's id",
                    "Published articles, full state per article (compacted): what plans link to."),
            // plan-service itself reads it to send partners' webhooks; analytics read it outside the suite.
            new Topic(PLAN_EVENTS, "plan-service", List.of("plan-service"), false, 3,
                    List.of(EventTypes.PLAN_GENERATED, EventTypes.PLAN_ADJUSTED, EventTypes.PLAN_PAUSED), "the plan's id",
                    "What happened to plans, in order per plan (kept 30 days): the source of partners' webhooks."));

    private Topics() {
    }

    public static Topic named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No topic " + name));
    }
}

package dev.kinetic.contracts;

import java.util.Map;

/** The CloudEvents {@code type} of every event, and the JSON Schema its data follows. */
public final class EventTypes {

    public static final String EXERCISE_UPSERTED = "dev.kinetic.exercise.upserted.v1";
    public static final String EXERCISE_RETIRED = "dev.kinetic.exercise.retired.v1";
    /** The catalog's vocabularies, on exercise-catalog under the key {@code vocabulary}. */
    public static final String CATALOG_VOCABULARY = "dev.kinetic.catalog.vocabulary.v1";
    public static final String ARTICLE_PUBLISHED = "dev.kinetic.article.published.v1";
    public static final String ARTICLE_UNPUBLISHED = "dev.kinetic.article.unpublished.v1";
    public static final String PLAN_GENERATED = "dev.kinetic.plan.generated.v1";
    public static final String PLAN_ADJUSTED = "dev.kinetic.plan.adjusted.v1";
    public static final String PLAN_PAUSED = "dev.kinetic.plan.paused.v1";

    private static final Map<String, String> SCHEMAS = Map.of(
            EXERCISE_UPSERTED, "exercise.v1",
            EXERCISE_RETIRED, "exercise.v1",
            CATALOG_VOCABULARY, "catalog.vocabulary.v1",
            ARTICLE_PUBLISHED, "article.published.v1",
            ARTICLE_UNPUBLISHED, "article.unpublished.v1",
            PLAN_GENERATED, "plan.generated.v1",
            PLAN_ADJUSTED, "plan.adjusted.v1",
            PLAN_PAUSED, "plan.paused.v1");

    private EventTypes() {
    }

    /** The classpath resource of the schema that events of {@code type} follow. */
    public static String schemaResource(String type) {
        String schema = SCHEMAS.get(type);
        if (schema == null) {
            throw new IllegalArgumentException("No event type " + type);
        }
        return "/schemas/" + schema + ".json";
    }
}

package dev.kinetic.exercise.messaging;

import dev.kinetic.exercise.api.ExerciseMapper;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.platform.events.OutgoingEvent;

/**
 * Events of the compacted {@code exercise-catalog} topic: keyed by slug, carrying the exercise's
 * full state and version, so the latest record per key is the exercise.
 */
public final class CatalogEvents {

    public static final String TOPIC = "exercise-catalog";
    public static final String UPSERTED = "dev.kinetic.exercise.upserted.v1";
    public static final String RETIRED = "dev.kinetic.exercise.retired.v1";

    private CatalogEvents() {
    }

    public static OutgoingEvent of(Exercise exercise) {
        return new OutgoingEvent(TOPIC, exercise.slug(), exercise.isActive() ? UPSERTED : RETIRED,
                ExerciseMapper.toView(exercise));
    }
}

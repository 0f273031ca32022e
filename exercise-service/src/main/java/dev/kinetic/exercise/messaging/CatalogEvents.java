package dev.kinetic.exercise.messaging;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;

import dev.kinetic.exercise.api.ExerciseMapper;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.platform.events.OutgoingEvent;

/**
 * Events of the compacted {@code exercise-catalog} topic: keyed by slug, carrying the exercise's
 * full state and version, so the latest record per key is the exercise.
 */
public final class CatalogEvents {

    public static final String TOPIC = Topics.EXERCISE_CATALOG;
    public static final String UPSERTED = EventTypes.EXERCISE_UPSERTED;
    public static final String RETIRED = EventTypes.EXERCISE_RETIRED;

    private CatalogEvents() {
    }

    public static OutgoingEvent of(Exercise exercise) {
        return new OutgoingEvent(TOPIC, exercise.slug(), exercise.isActive() ? UPSERTED : RETIRED,
                ExerciseMapper.toView(exercise));
    }
}

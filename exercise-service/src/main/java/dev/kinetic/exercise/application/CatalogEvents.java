package dev.kinetic.exercise.application;

import java.util.Map;
import java.util.TreeMap;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;
import dev.kinetic.contracts.catalog.ExerciseEvent;
import dev.kinetic.exercise.domain.Dosage;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.Vocabulary;
import dev.kinetic.platform.events.OutgoingEvent;

/**
 * Events of the compacted {@code exercise-catalog} topic: keyed by slug, carrying the exercise's
 * full state and version ({@link ExerciseEvent}), so the latest record per key is the exercise.
 */
public final class CatalogEvents {

    public static final String TOPIC = Topics.EXERCISE_CATALOG;
    public static final String UPSERTED = EventTypes.EXERCISE_UPSERTED;
    public static final String RETIRED = EventTypes.EXERCISE_RETIRED;

    private CatalogEvents() {
    }

    public static OutgoingEvent of(Exercise exercise) {
        return new OutgoingEvent(TOPIC, exercise.slug(), exercise.isActive() ? UPSERTED : RETIRED, data(exercise));
    }

    static ExerciseEvent data(Exercise e) {
        Map<String, ExerciseEvent.LocalNames> names = new TreeMap<>();
        e.names().forEach((language, n) -> names.put(language, new ExerciseEvent.LocalNames(n.name(), n.aliases())));
        Dosage d = e.dosage();
        return new ExerciseEvent(e.slug(), e.name(), e.aliases(), names, e.summary(), e.instructions(), e.cues(), e.mistakes(),
                Vocabulary.slugs(e.primaryMuscles()), Vocabulary.slugs(e.secondaryMuscles()), Vocabulary.slugs(e.equipment()), e.pattern().slug(), e.level().slug(),
                e.mechanic().slug(), e.laterality().slug(), e.position().slug(), e.spinalLoad().slug(),
                new ExerciseEvent.Dosage(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds()),
                e.contraindications().stream()
                        .map(c -> new ExerciseEvent.Contraindication(c.condition().slug(), c.severity().slug(), c.reason())).toList(),
                e.regression(), e.progression(),
                e.media().stream().map(m -> new ExerciseEvent.Media(m.url(), m.type(), m.licence(), m.attribution())).toList(),
                e.status().slug(), e.version(), new ExerciseEvent.Origin(e.origin().kind(), e.origin().dataSet(), e.origin().recordId()),
                new ExerciseEvent.Review(e.review().status().slug(), e.review().by(), e.review().at(), e.review().note()),
                e.inferences().stream().map(i -> new ExerciseEvent.Inference(i.field(), i.value(), i.evidence(), i.confidence())).toList());
    }
}

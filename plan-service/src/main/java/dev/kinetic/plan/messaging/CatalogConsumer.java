package dev.kinetic.plan.messaging;

import java.util.concurrent.CompletionStage;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.catalog.CatalogVocabulary;
import dev.kinetic.contracts.Topics;
import dev.kinetic.contracts.catalog.ExerciseEvent;
import dev.kinetic.plan.readmodel.CatalogExercises;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.domain.CatalogExercise;
import dev.kinetic.plan.application.RetiredExercises;
import dev.kinetic.plan.readmodel.CatalogReadModel;
import dev.kinetic.platform.events.DeadLettered;
import dev.kinetic.platform.events.IncomingEvent;
import dev.kinetic.platform.events.PoisonMessageException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies exercise-catalog events to this replica's catalog index (every replica reads the whole
 * topic in its own consumer group); only a newer version changes it. A retirement is handed on so
 * active plans get a substitute. A poll at a time ({@link ReadModelPoll}).
 */
@ApplicationScoped
public class CatalogConsumer {

    static final String UPSERTED = EventTypes.EXERCISE_UPSERTED;
    static final String RETIRED = EventTypes.EXERCISE_RETIRED;
    private static final Logger LOG = Logger.getLogger(CatalogConsumer.class);

    private final CatalogReadModel catalog;
    private final RetiredExercises retired;
    private final ObjectMapper mapper;

    public CatalogConsumer(CatalogReadModel catalog, RetiredExercises retired, ObjectMapper mapper) {
        this.catalog = catalog;
        this.retired = retired;
        this.mapper = mapper;
    }

    @Incoming(Topics.EXERCISE_CATALOG)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
        DeadLettered deadLettered = ReadModelPoll.applyEach(poll, catalog.catchUp(), this::apply);
        if (catalog.catchUp().caughtUp()) {
            retired.substitutePending();
        }
        return deadLettered.thenAck(poll);
    }

    private void apply(KafkaRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (EventTypes.CATALOG_VOCABULARY.equals(event.type())) {
            CatalogVocabulary vocabulary = event.dataAs(CatalogVocabulary.class, mapper);
            if (vocabulary.conditions().isEmpty() || vocabulary.equipment().isEmpty()) {
                throw new PoisonMessageException("vocabulary event " + event.id() + " lists no conditions or no equipment");
            }
            catalog.vocabulary(vocabulary);
            return;
        }
        if (!UPSERTED.equals(event.type()) && !RETIRED.equals(event.type())) {
            throw new PoisonMessageException("unexpected event type " + event.type() + " on exercise-catalog");
        }
        ExerciseEvent data = event.dataAs(ExerciseEvent.class, mapper);
        String problem = CatalogExercises.problem(data);
        if (problem != null || !data.slug().equals(event.key())) {
            throw new PoisonMessageException("event " + event.id() + (problem != null ? " " + problem : " has a key that differs from its slug"));
        }
        CatalogExercise exercise = CatalogExercises.toExercise(data);
        if (catalog.index().apply(exercise, data.version())) {
            if (!exercise.active()) {
                retired.add(exercise.slug());
            }
        } else {
            LOG.debugf("Ignored %s v%d: not newer than what is held", data.slug(), data.version());
        }
    }
}

package dev.kinetic.content.messaging;

import java.util.concurrent.CompletionStage;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.catalog.CatalogVocabulary;
import dev.kinetic.contracts.Topics;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.content.application.CatalogChanged;
import dev.kinetic.content.persistence.CatalogReadModel;
import dev.kinetic.platform.events.IncomingEvent;
import dev.kinetic.platform.events.PoisonMessageException;
import dev.kinetic.platform.events.RecordAttempts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Keeps the catalog read model in step with the exercise-catalog topic; idempotent by version. Each record is applied
 * in a transaction of its own; a failure of the database is tried again until it passes, and a record that fails while
 * the service stops is left to be read again, not dead-lettered ({@link RecordAttempts}).
 */
@ApplicationScoped
public class CatalogConsumer {

    static final String UPSERTED = EventTypes.EXERCISE_UPSERTED;
    static final String RETIRED = EventTypes.EXERCISE_RETIRED;
    private static final Logger LOG = Logger.getLogger(CatalogConsumer.class);

    private final CatalogReadModel catalog;
    private final Event<CatalogChanged> changed;
    private final ObjectMapper mapper;

    private final RecordAttempts attempts;

    public CatalogConsumer(CatalogReadModel catalog, Event<CatalogChanged> changed, ObjectMapper mapper, RecordAttempts attempts) {
        this.catalog = catalog;
        this.changed = changed;
        this.mapper = mapper;
        this.attempts = attempts;
    }

    @Incoming(Topics.EXERCISE_CATALOG)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecord<String, String> message) {
        return attempts.settle(message, "Applying a catalog event", () -> QuarkusTransaction.requiringNew().run(() -> apply(message)));
    }

    private void apply(KafkaRecord<String, String> message) {
        IncomingEvent event = IncomingEvent.from(message);
        if (EventTypes.CATALOG_VOCABULARY.equals(event.type())) {
            CatalogVocabulary vocabulary = event.dataAs(CatalogVocabulary.class, mapper);
            if (vocabulary.muscles().isEmpty() || vocabulary.conditions().isEmpty()) {
                throw new PoisonMessageException("vocabulary event " + event.id() + " lists no muscles or no conditions");
            }
            catalog.applyVocabulary(vocabulary);
            changed.fire(new CatalogChanged());
            return;
        }
        if (!UPSERTED.equals(event.type()) && !RETIRED.equals(event.type())) {
            throw new PoisonMessageException("unexpected event type " + event.type() + " on exercise-catalog");
        }
        dev.kinetic.contracts.catalog.ExerciseEvent exercise = event.dataAs(dev.kinetic.contracts.catalog.ExerciseEvent.class, mapper);
        if (exercise.slug() == null || exercise.name() == null || exercise.version() == null || exercise.status() == null
                || !exercise.slug().equals(event.key())) {
            throw new PoisonMessageException("event " + event.id() + " lacks slug, name, status or version, or its key differs");
        }
        if (catalog.apply(exercise)) {
            changed.fire(new CatalogChanged());
        } else {
            LOG.debugf("Ignored %s v%d: not newer than what is held", exercise.slug(), exercise.version());
        }
    }
}

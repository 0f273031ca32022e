package dev.kinetic.exercise.application;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.catalog.CatalogVocabulary;
import dev.kinetic.exercise.domain.Vocabularies;
import dev.kinetic.platform.events.OutgoingEvent;
import dev.kinetic.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Publishes the catalog's vocabularies at start-up, through the outbox, under one key of the compacted
 * exercise-catalog topic: a release that adds a term reaches every consumer before any exercise uses it
 * (the topic is read in order), and a replica restart only repeats the same state.
 */
@ApplicationScoped
public class VocabularyPublisher {

    private final Outbox outbox;

    public VocabularyPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> outbox.stage(
                new OutgoingEvent(CatalogEvents.TOPIC, CatalogVocabulary.KEY, EventTypes.CATALOG_VOCABULARY, Vocabularies.current())));
    }
}

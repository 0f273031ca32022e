package dev.kinetic.plan.readmodel;

import java.util.Optional;

import dev.kinetic.contracts.catalog.CatalogVocabulary;
import dev.kinetic.plan.domain.CatalogTerms;

import dev.kinetic.contracts.Topics;

import dev.kinetic.plan.domain.CatalogIndex;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** This replica's catalog: the index plans are generated from, and how far it has read the topic. */
@ApplicationScoped
public class CatalogReadModel {

    public static final String TOPIC = Topics.EXERCISE_CATALOG;

    private final CatalogIndex index = new CatalogIndex();
    private final TopicCatchUp catchUp = new TopicCatchUp(TOPIC);

    public CatalogReadModel(MeterRegistry registry) {
        Gauge.builder("kinetic.catalog.exercises", index, CatalogIndex::size)
                .description("Exercises held in plan-service's catalog index, retired ones included").register(registry);
        Gauge.builder("kinetic.catalog.version", index, CatalogIndex::version)
                .description("Catalog version held: the sum of the exercise versions (equal on replicas holding the same catalog)")
                .register(registry);
        Gauge.builder("kinetic.catalog.lag", catchUp, TopicCatchUp::lag)
                .description("exercise-catalog records not yet applied").register(registry);
    }

    /** The terms of the catalog's vocabularies as last published by exercise-service; null until they arrive. */
    private volatile CatalogTerms terms;

    public CatalogIndex index() {
        return index;
    }

    public Optional<CatalogTerms> terms() {
        return Optional.ofNullable(terms);
    }

    /** The latest vocabulary replaces the one held (one producer; the compacted topic keeps the latest). */
    public void vocabulary(CatalogVocabulary latest) {
        this.terms = CatalogTerms.of(latest);
    }

    public TopicCatchUp catchUp() {
        return catchUp;
    }
}

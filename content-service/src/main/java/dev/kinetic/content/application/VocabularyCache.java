package dev.kinetic.content.application;

import java.util.HashMap;
import java.util.Map;

import dev.kinetic.content.domain.CatalogVocabulary;
import dev.kinetic.content.domain.Phrasebook;
import dev.kinetic.content.persistence.CatalogReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** The linking vocabulary, rebuilt from the catalog read model when the catalog has changed since. */
@ApplicationScoped
public class VocabularyCache {

    private final CatalogReadModel catalog;
    private volatile CatalogVocabulary vocabulary;
    private volatile Map<String, CatalogVocabulary.ExerciseTerm> exercisesBySlug = Map.of();
    private volatile boolean stale = true;

    public VocabularyCache(CatalogReadModel catalog) {
        this.catalog = catalog;
    }

    public CatalogVocabulary current() {
        if (stale || vocabulary == null) {
            stale = false;
            CatalogVocabulary fresh = Phrasebook.vocabulary(catalog.exercises(), catalog.vocabulary());
            Map<String, CatalogVocabulary.ExerciseTerm> bySlug = new HashMap<>();
            fresh.exercises().forEach(e -> bySlug.put(e.slug(), e));
            exercisesBySlug = Map.copyOf(bySlug);
            vocabulary = fresh;
        }
        return vocabulary;
    }

    /** The catalog's exercises by slug, as the vocabulary currently holds them. */
    public Map<String, CatalogVocabulary.ExerciseTerm> exercisesBySlug() {
        current();
        return exercisesBySlug;
    }

    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        stale = true;
    }
}

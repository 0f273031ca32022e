package dev.kinetic.content.catalog;

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
    private volatile boolean stale = true;

    public VocabularyCache(CatalogReadModel catalog) {
        this.catalog = catalog;
    }

    public CatalogVocabulary current() {
        if (stale || vocabulary == null) {
            stale = false;
            vocabulary = Phrasebook.vocabulary(catalog.exercises());
        }
        return vocabulary;
    }

    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        stale = true;
    }
}

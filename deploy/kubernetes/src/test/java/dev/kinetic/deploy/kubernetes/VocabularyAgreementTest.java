package dev.kinetic.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.catalog.CatalogVocabulary;
import dev.kinetic.content.domain.Phrasebook;
import dev.kinetic.exercise.domain.Vocabularies;

/**
 * The suite agrees on its vocabularies: exercise-service owns them; content-service's phrasebook names
 * only terms the catalog defines, and plan-service's snapshot fixture (which its own term test reads)
 * holds exactly what exercise-service publishes. A term added or renamed on one side fails here.
 */
class VocabularyAgreementTest {

    private static final CatalogVocabulary CATALOG = Vocabularies.current();

    @Test
    void contentServicePhrasesOnlyTermsTheCatalogDefines() {
        Set<String> catalogTerms = new HashSet<>(CatalogVocabulary.slugs(CATALOG.muscles()));
        catalogTerms.addAll(CatalogVocabulary.slugs(CATALOG.muscleGroups()));
        catalogTerms.addAll(CatalogVocabulary.slugs(CATALOG.conditions()));
        assertThat(catalogTerms).containsAll(Phrasebook.terms());
        assertThat(Phrasebook.terms()).as("every condition has phrases").containsAll(CatalogVocabulary.slugs(CATALOG.conditions()));
    }

    @Test
    void planServicesSnapshotFixtureHoldsTheVocabularyExerciseServicePublishes() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        CatalogVocabulary fixture = mapper.treeToValue(mapper.readTree(Manifests.read(
                Manifests.ROOT.resolve("plan-service/src/test/resources/catalog-snapshot.json"))).get("vocabulary"), CatalogVocabulary.class);
        assertThat(fixture).isEqualTo(CATALOG);
    }
}

package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.kinetic.contracts.catalog.CatalogVocabulary.Term;

/** Articles are tagged only with terms the catalog defines, once its vocabularies are known. */
class PhrasebookCatalogTermsTest {

    private static List<String> slugs(List<CatalogVocabulary.Term> terms) {
        return terms.stream().map(CatalogVocabulary.Term::slug).toList();
    }

    @Test
    void withoutThePublishedVocabulariesEveryPhrasebookTermIsUsed() {
        CatalogVocabulary vocabulary = Phrasebook.vocabulary(List.of(), Optional.empty());
        assertThat(slugs(vocabulary.conditions())).contains("hypertension", "low-back-pain");
        assertThat(slugs(vocabulary.muscles())).contains("core", "gluteus-medius");
    }

    @Test
    void aTermTheCatalogDoesNotDefineIsNeverUsed() {
        dev.kinetic.contracts.catalog.CatalogVocabulary catalog = new dev.kinetic.contracts.catalog.CatalogVocabulary(
                List.of(new Term("gluteus-medius", "Gluteus medius", List.of("glutes"))), List.of(new Term("glutes", "Glutes", null)),
                List.of(new Term("low-back-pain", "Low back pain", null)), List.of(new Term("bodyweight", "Bodyweight", null)),
                List.of(new Term("beginner", "Beginner", null)), List.of(new Term("hip-extension", "Hip extension", null)));
        CatalogVocabulary vocabulary = Phrasebook.vocabulary(List.of(), Optional.of(catalog));
        assertThat(slugs(vocabulary.conditions())).containsExactly("low-back-pain");
        assertThat(slugs(vocabulary.muscles())).contains("gluteus-medius", "glutes").doesNotContain("core", "iliopsoas");
    }
}

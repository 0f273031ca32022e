package dev.kinetic.plan.domain;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.kinetic.contracts.catalog.CatalogVocabulary;

/** The catalog's terms a plan request may name, derived once from each vocabulary the catalog publishes. */
public record CatalogTerms(SortedSet<String> conditions, SortedSet<String> equipment) {

    public static CatalogTerms of(CatalogVocabulary vocabulary) {
        return new CatalogTerms(sorted(CatalogVocabulary.slugs(vocabulary.conditions())),
                sorted(CatalogVocabulary.slugs(vocabulary.equipment())));
    }

    private static SortedSet<String> sorted(Set<String> slugs) {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(slugs));
    }
}

package dev.kinetic.contracts.catalog;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The catalog's controlled vocabularies as exercise-service owns and publishes them: on
 * {@code exercise-catalog} under the key {@link #KEY} (event type {@code dev.kinetic.catalog.vocabulary.v1})
 * and in its catalog snapshot. Consumers take their terms from here instead of keeping copies.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogVocabulary(List<Term> muscles, List<Term> muscleGroups, List<Term> conditions, List<Term> equipment,
        List<Term> levels, List<Term> patterns) {

    /** The record key of the vocabulary event; no exercise may have this slug. */
    public static final String KEY = "vocabulary";

    /** One term: its public slug, a label for people and, for a muscle, the groups it belongs to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Term(String slug, String label, List<String> groups) {
        public Term {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    public CatalogVocabulary {
        muscles = copy(muscles);
        muscleGroups = copy(muscleGroups);
        conditions = copy(conditions);
        equipment = copy(equipment);
        levels = copy(levels);
        patterns = copy(patterns);
    }

    public static Set<String> slugs(List<Term> terms) {
        Set<String> slugs = new TreeSet<>();
        terms.forEach(t -> slugs.add(t.slug()));
        return slugs;
    }

    private static List<Term> copy(List<Term> terms) {
        return terms == null ? List.of() : List.copyOf(terms);
    }
}

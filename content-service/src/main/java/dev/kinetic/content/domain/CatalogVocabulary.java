package dev.kinetic.content.domain;

import java.util.List;
import java.util.Set;

/**
 * What the exercise catalog currently knows, as content-service sees it from the
 * {@code exercise-catalog} topic: the exercises with their names and aliases, and the muscles and
 * conditions those exercises name. Ingestion links article text against this, never a fixed list.
 */
public record CatalogVocabulary(List<ExerciseTerm> exercises, List<Term> muscles, List<Term> conditions) {

    /** A linkable term: its catalog slug, the words it is written with, and what it belongs to. */
    public record Term(String slug, String label, Set<String> synonyms) {
    }

    /**
     * An exercise as ingestion needs it: names to recognise, muscles it trains and the conditions it
     * must be avoided for (so suggestions for an article about back pain never include them).
     */
    public record ExerciseTerm(String slug, String name, Set<String> aliases, Set<String> primaryMuscles,
            Set<String> avoidFor, String level, boolean active) {
    }
}

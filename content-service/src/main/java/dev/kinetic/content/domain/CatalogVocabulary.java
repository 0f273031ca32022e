package dev.kinetic.content.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the exercise catalog currently knows, as content-service sees it from the
 * {@code exercise-catalog} topic: the exercises with their names and aliases, and the muscles and
 * conditions those exercises name. Ingestion links article text against this, never a fixed list.
 */
public record CatalogVocabulary(List<ExerciseTerm> exercises, List<Term> muscles, List<Term> conditions) {

    /** A linkable term: its catalog slug, the words it is written with, and those words per language. */
    public record Term(String slug, String label, Set<String> synonyms, Map<String, Set<String>> localized) {
        public Term(String slug, String label, Set<String> synonyms) {
            this(slug, label, synonyms, Map.of());
        }

        public Term {
            localized = localized == null ? Map.of() : Map.copyOf(localized);
        }
    }

    /**
     * An exercise as ingestion needs it: names to recognise (English, and per language the name then
     * its aliases), muscles it trains, the conditions it must be avoided for (so suggestions for an
     * article about back pain never include them), and whether editors curated it (a curated exercise
     * wins a name it shares with an imported one).
     */
    public record ExerciseTerm(String slug, String name, Set<String> aliases, Set<String> primaryMuscles,
            Set<String> avoidFor, String level, boolean active, Map<String, List<String>> names, boolean curated) {

        public ExerciseTerm(String slug, String name, Set<String> aliases, Set<String> primaryMuscles, Set<String> avoidFor,
                String level, boolean active) {
            this(slug, name, aliases, primaryMuscles, avoidFor, level, active, Map.of(), true);
        }

        public ExerciseTerm {
            names = names == null ? Map.of() : Map.copyOf(names);
        }
    }
}

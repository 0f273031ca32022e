package dev.kinetic.exercise.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchResults")
public record SearchResult(String query, List<Hit> hits) {

    @Schema(name = "SearchHit")
    public record Hit(ExerciseView exercise, @Schema(description = "Relevance, higher is better") double score) {

        /** A search's score as answered: to three decimals. */
        public static double rounded(double score) {
            return Math.round(score * 1000) / 1000.0;
        }
    }
}

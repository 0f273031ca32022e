package dev.kinetic.content.messaging;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of an exercise-catalog event content-service reads (a tolerant reader: the event
 * carries the exercise's full state, new fields are ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogExerciseEvent(String slug, String name, List<String> aliases, Map<String, LocalNames> names,
        List<String> primaryMuscles, List<Contraindication> contraindications, String level, String status, Integer version,
        Origin origin) {

    /** Where the exercise comes from; absent in events published before origins existed (then: curated). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Origin(String kind) {
    }

    public boolean curated() {
        return origin == null || !"imported".equals(origin.kind());
    }

    /** An exercise's name and aliases in one language. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocalNames(String name, List<String> aliases) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contraindication(String condition, String severity) {
    }
}

package dev.kinetic.exercise.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An exercise as stored (the {@code document} of a row and of each revision). Its own record, so the API's
 * representation and the events can change without rewriting stored rows; {@code ExerciseDocumentCompatibilityTest}
 * reads documents as earlier releases wrote them. Fields added later ({@code names}, {@code origin},
 * {@code review}, {@code inferences}) are absent in older documents.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExerciseDocument(
        String slug,
        String name,
        List<String> aliases,
        Map<String, Names> names,
        String summary,
        List<String> instructions,
        List<String> cues,
        List<String> mistakes,
        List<String> primaryMuscles,
        List<String> secondaryMuscles,
        List<String> equipment,
        String pattern,
        String level,
        String mechanic,
        String laterality,
        String position,
        String spinalLoad,
        Dosage dosage,
        List<Contraindication> contraindications,
        String regression,
        String progression,
        List<Media> media,
        String status,
        int version,
        Origin origin,
        Review review,
        List<Inference> inferences) {

    public record Names(String name, List<String> aliases) {
    }

    public record Dosage(int sets, Integer repsMin, Integer repsMax, Integer holdSeconds) {
    }

    public record Contraindication(String condition, String severity, String reason) {
    }

    public record Media(String url, String type, String licence, String attribution) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Origin(String kind, String dataSet, String recordId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(String status, String by, Instant at, String note) {
    }

    public record Inference(String field, String value, String evidence, String confidence) {
    }
}

package dev.kinetic.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of an {@code exercise-catalog} event ({@code dev.kinetic.exercise.upserted.v1} and {@code …retired.v1}),
 * schema {@code exercise.v1.json}: an exercise's full state at a version (event-carried state transfer). The
 * producer writes it, every consumer reads it; read tolerantly, so a field a later producer adds is ignored, and
 * fields that later versions added ({@code names}, {@code origin}, {@code review}, {@code inferences}) may be absent.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExerciseEvent(
        String slug,
        String name,
        List<String> aliases,
        Map<String, LocalNames> names,
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
        Integer version,
        Origin origin,
        Review review,
        List<Inference> inferences) {

    public static final String ACTIVE = "active";
    public static final String APPROVED = "approved";
    public static final String IMPORTED = "imported";

    /** An exercise's name and aliases in one language (ISO 639-1 code as the map's key). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LocalNames(String name, List<String> aliases) {
    }

    /** The default prescription: sets of a repetition range, or sets of a hold in seconds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dosage(Integer sets, Integer repsMin, Integer repsMax, Integer holdSeconds) {
    }

    /** A condition (a catalog condition slug) for which the exercise is to be avoided or done with caution. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contraindication(String condition, String severity, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Media(String url, String type, String licence, String attribution) {
    }

    /** {@code curated}, or {@code imported} from a data set's record. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Origin(String kind, String dataSet, String recordId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(String status, String by, Instant at, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inference(String field, String value, String evidence, String confidence) {
    }

    /** Active in the catalog. */
    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** Approved by an editor; events from before reviews existed carry no review, and were curated, so approved. */
    public boolean approved() {
        return review == null || APPROVED.equals(review.status());
    }

    /** Curated by editors; events from before origins existed carry none, and were curated. */
    public boolean curated() {
        return origin == null || !IMPORTED.equals(origin.kind());
    }
}

package dev.kinetic.content.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as stored (the {@code document} of its row and of each revision; the listing queries read
 * {@code tags} from it). Its own record, so the API's representation and the events can change without
 * rewriting stored rows; {@code ArticleDocumentCompatibilityTest} reads documents as earlier releases wrote them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleDocument(UUID id, String slug, String locale, String title, String summary, List<Section> sections, Tags tags,
        String author, String medicalReviewer, LocalDate reviewedOn, String status, Instant publishAt, Instant publishedAt,
        int version, List<Finding> findings) {

    public record Section(String heading, List<Block> blocks) {
    }

    /** One block; {@code type} says which of the other fields apply. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Block(String type, String text, List<Mention> mentions, List<Block> items, String url, String alt, String caption,
            Credit credit, String kind, String exercise, String name, Dosage dosage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mention(String kind, String slug, int start, int end, Dosage dosage) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Credit(String author, String source, String licence) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dosage(Integer sets, Integer repsMin, Integer repsMax, Integer holdSeconds, Boolean perSide, Integer restSeconds,
            Integer lowerSeconds) {
    }

    public record Tags(List<String> muscles, List<String> conditions, List<String> exercises) {
    }

    public record Finding(String id, String kind, String message, Integer section, List<String> suggestedExercises) {
    }
}

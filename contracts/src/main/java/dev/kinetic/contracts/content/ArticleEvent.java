package dev.kinetic.contracts.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of a {@code dev.kinetic.article.published.v1} event on {@code content-articles}, schema
 * {@code article.published.v1.json}: a published article's full state at a version. Read tolerantly.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleEvent(UUID id, String slug, String locale, String title, String summary, List<Section> sections, Tags tags,
        String author, String medicalReviewer, LocalDate reviewedOn, String status, Instant publishAt, Instant publishedAt,
        Integer version, List<Finding> findings) {

    public static final String DEFAULT_LOCALE = "en";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String heading, List<Block> blocks) {
    }

    /** One block; {@code type} says which of the other fields apply. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Block(String type, String text, List<Mention> mentions, List<Block> items, String url, String alt, String caption,
            Credit credit, String kind, String exercise, String name, Dosage dosage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mention(String kind, String slug, int start, int end, Dosage dosage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Credit(String author, String source, String licence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dosage(Integer sets, Integer repsMin, Integer repsMax, Integer holdSeconds, Boolean perSide, Integer restSeconds,
            Integer lowerSeconds) {
    }

    /** Catalog slugs the article is about. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tags(List<String> muscles, List<String> conditions, List<String> exercises) {
        public Tags {
            muscles = muscles == null ? List.of() : muscles;
            conditions = conditions == null ? List.of() : conditions;
            exercises = exercises == null ? List.of() : exercises;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String id, String kind, String message, Integer section, List<String> suggestedExercises) {
    }

    /** The data of a {@code dev.kinetic.article.unpublished.v1} event: which article, at which version, in which state now. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unpublished(UUID id, String slug, Integer version, String status) {
    }

    public String localeOrDefault() {
        return locale == null ? DEFAULT_LOCALE : locale;
    }

    public Tags tagsOrNone() {
        return tags == null ? new Tags(null, null, null) : tags;
    }
}

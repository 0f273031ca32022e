package dev.kinetic.content.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The full state of an article: the API's representation, the stored document and, for
 * published articles, the data of the {@code content-articles} events.
 */
@Schema(name = "Article")
public record ArticleView(
        UUID id,
        @Schema(examples = "are-lazy-glutes-behind-your-aching-lower-back") String slug,
        @Schema(examples = "en") String locale,
        String title,
        String summary,
        List<SectionView> sections,
        Tags tags,
        String author,
        String medicalReviewer,
        LocalDate reviewedOn,
        @Schema(enumeration = { "draft", "in-review", "scheduled", "published", "archived" }) String status,
        Instant publishAt,
        Instant publishedAt,
        int version,
        List<FindingView> findings) {

    @Schema(name = "Section")
    public record SectionView(String heading, List<BlockView> blocks) {
    }

    /** One block; {@code type} says which of the other fields apply. */
    @Schema(name = "Block")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BlockView(
            @Schema(enumeration = { "paragraph", "list", "image", "callout", "exercise" }) String type,
            String text,
            List<MentionView> mentions,
            List<BlockView> items,
            String url,
            String alt,
            String caption,
            CreditView credit,
            @Schema(description = "Callout kind", examples = "medical-disclaimer") String kind,
            @Schema(description = "Catalog slug of a referenced exercise") String exercise,
            String name,
            DosageView dosage) {
    }

    @Schema(name = "Mention", description = "A catalog entity named in the text, by character offsets")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MentionView(@Schema(enumeration = { "exercise", "muscle", "condition" }) String kind, String slug,
            int start, int end, DosageView dosage) {
    }

    @Schema(name = "Credit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreditView(String author, String source, String licence) {
    }

    @Schema(name = "ArticleDosage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DosageView(
            @Schema(description = "Sets; rounds count as sets") Integer sets,
            Integer repsMin,
            Integer repsMax,
            Integer holdSeconds,
            @Schema(description = "The reps or hold apply to each side (leg, arm, direction); absent when not stated") Boolean perSide,
            @Schema(description = "Rest between sets") Integer restSeconds,
            @Schema(description = "A stated lowering tempo, e.g. \"lower over 3 seconds\"") Integer lowerSeconds) {
    }

    @Schema(name = "Tags")
    public record Tags(List<String> muscles, List<String> conditions, List<String> exercises) {
    }

    @Schema(name = "Finding", description = "Something ingestion asks an editor to act on")
    public record FindingView(String id, @Schema(examples = "empty-list-section") String kind, String message,
            Integer section, List<String> suggestedExercises) {
    }
}

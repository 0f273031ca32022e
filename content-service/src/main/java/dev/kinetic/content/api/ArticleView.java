package dev.kinetic.content.api;

import dev.kinetic.content.domain.ArticleLimits;
import dev.kinetic.platform.validation.Prose;
import dev.kinetic.platform.validation.SafeUrl;
import dev.kinetic.platform.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
        @Schema(description = "The editor who wrote it; shown to editors only") @JsonInclude(JsonInclude.Include.NON_NULL) String author,
        String medicalReviewer,
        LocalDate reviewedOn,
        @Schema(enumeration = { "draft", "in-review", "scheduled", "published", "archived" }) String status,
        Instant publishAt,
        Instant publishedAt,
        int version,
        @Schema(description = "What ingestion asks an editor to act on; shown to editors only") @JsonInclude(JsonInclude.Include.NON_NULL)
        List<FindingView> findings) {

    @Schema(name = "Section")
    public record SectionView(@Size(max = ArticleLimits.HEADING) @SingleLine String heading,
            @Size(max = ArticleLimits.BLOCKS) List<@NotNull @Valid BlockView> blocks) {
    }

    /** One block; {@code type} says which of the other fields apply. */
    @Schema(name = "Block")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BlockView(
            @NotNull @Size(max = ArticleLimits.TERM) @Schema(enumeration = { "paragraph", "list", "image", "callout", "exercise" }) String type,
            @Size(max = ArticleLimits.TEXT) @Prose String text,
            @Size(max = ArticleLimits.MENTIONS) List<@NotNull @Valid MentionView> mentions,
            @Size(max = ArticleLimits.ITEMS) List<@NotNull @Valid BlockView> items,
            @Size(max = ArticleLimits.URL) @SafeUrl @Schema(description = "An https URL or a path relative to the site") String url,
            @Size(max = ArticleLimits.ALT) @Prose String alt,
            @Size(max = ArticleLimits.ALT) @Prose String caption,
            @Valid CreditView credit,
            @Size(max = ArticleLimits.TERM) @SingleLine @Schema(description = "Callout kind", examples = "medical-disclaimer") String kind,
            @Size(max = ArticleLimits.SLUG) @SingleLine @Schema(description = "Catalog slug of a referenced exercise") String exercise,
            @Size(max = ArticleLimits.NAME) @SingleLine String name,
            @Valid DosageView dosage) {
    }

    @Schema(name = "Mention", description = "A catalog entity named in the text, by character offsets")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MentionView(@NotNull @Size(max = ArticleLimits.TERM) @Schema(enumeration = { "exercise", "muscle", "condition" }) String kind,
            @NotNull @Size(max = ArticleLimits.SLUG) @SingleLine String slug,
            @Min(0) @Max(ArticleLimits.TEXT) int start, @Min(0) @Max(ArticleLimits.TEXT) int end, @Valid DosageView dosage) {
    }

    @Schema(name = "Credit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreditView(@Size(max = ArticleLimits.CREDIT) @SingleLine String author,
            @Size(max = ArticleLimits.URL) @SingleLine String source, @Size(max = ArticleLimits.CREDIT) @SingleLine String licence) {
    }

    @Schema(name = "ArticleDosage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DosageView(
            @Min(1) @Max(100) @Schema(description = "Sets; rounds count as sets") Integer sets,
            @Min(1) @Max(1000) Integer repsMin,
            @Min(1) @Max(1000) Integer repsMax,
            @Min(1) @Max(86_400) Integer holdSeconds,
            @Schema(description = "The reps or hold apply to each side (leg, arm, direction); absent when not stated") Boolean perSide,
            @Min(0) @Max(86_400) @Schema(description = "Rest between sets") Integer restSeconds,
            @Min(0) @Max(600) @Schema(description = "A stated lowering tempo, e.g. \"lower over 3 seconds\"") Integer lowerSeconds) {
    }

    @Schema(name = "Tags")
    public record Tags(@Size(max = ArticleLimits.TAGS) List<@NotNull @Size(max = ArticleLimits.SLUG) @SingleLine String> muscles,
            @Size(max = ArticleLimits.TAGS) List<@NotNull @Size(max = ArticleLimits.SLUG) @SingleLine String> conditions,
            @Size(max = ArticleLimits.TAGS) List<@NotNull @Size(max = ArticleLimits.SLUG) @SingleLine String> exercises) {
    }

    @Schema(name = "Finding", description = "Something ingestion asks an editor to act on")
    public record FindingView(String id, @Schema(examples = "empty-list-section") String kind, String message,
            Integer section, List<String> suggestedExercises) {
    }
}

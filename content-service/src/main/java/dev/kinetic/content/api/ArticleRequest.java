package dev.kinetic.content.api;

import dev.kinetic.content.domain.ArticleLimits;
import dev.kinetic.platform.validation.Prose;
import dev.kinetic.platform.validation.SingleLine;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an editor sends to change an article's content; workflow state changes have their own endpoints. */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @NotBlank @Size(max = ArticleLimits.TITLE) @SingleLine String title,
        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") @Schema(description = "Only on create; defaults to en", examples = "en") String locale,
        @Size(max = ArticleLimits.SUMMARY) @Prose String summary,
        @NotNull @Size(max = ArticleLimits.SECTIONS) List<ArticleView.@NotNull @Valid SectionView> sections,
        @NotNull @Valid ArticleView.Tags tags,
        @Size(max = ArticleLimits.PERSON) @SingleLine String medicalReviewer,
        LocalDate reviewedOn) {
}

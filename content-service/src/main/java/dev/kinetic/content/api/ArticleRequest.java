package dev.kinetic.content.api;

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
        @NotBlank @Size(max = 200) String title,
        @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") @Schema(description = "Only on create; defaults to en", examples = "en") String locale,
        @Size(max = 1000) String summary,
        @NotNull @Size(max = 100) List<ArticleView.@Valid SectionView> sections,
        @NotNull ArticleView.Tags tags,
        @Size(max = 200) String medicalReviewer,
        LocalDate reviewedOn) {
}

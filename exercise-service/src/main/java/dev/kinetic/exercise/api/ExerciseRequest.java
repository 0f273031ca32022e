package dev.kinetic.exercise.api;

import static dev.kinetic.exercise.domain.ExerciseLimits.ALIAS;
import static dev.kinetic.exercise.domain.ExerciseLimits.ALIASES;
import static dev.kinetic.exercise.domain.ExerciseLimits.CONTRAINDICATIONS;
import static dev.kinetic.exercise.domain.ExerciseLimits.EQUIPMENT;
import static dev.kinetic.exercise.domain.ExerciseLimits.LANGUAGES;
import static dev.kinetic.exercise.domain.ExerciseLimits.MEDIA;
import static dev.kinetic.exercise.domain.ExerciseLimits.MUSCLES;
import static dev.kinetic.exercise.domain.ExerciseLimits.NAME;
import static dev.kinetic.exercise.domain.ExerciseLimits.NOTE;
import static dev.kinetic.exercise.domain.ExerciseLimits.NOTES;
import static dev.kinetic.exercise.domain.ExerciseLimits.SLUG;
import static dev.kinetic.exercise.domain.ExerciseLimits.STEP;
import static dev.kinetic.exercise.domain.ExerciseLimits.STEPS;
import static dev.kinetic.exercise.domain.ExerciseLimits.SUMMARY;
import static dev.kinetic.exercise.domain.ExerciseLimits.TERM;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.platform.validation.Prose;
import dev.kinetic.platform.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor sends to create or replace an exercise. Status and version are the server's. The
 * bounds are {@link dev.kinetic.exercise.domain.ExerciseLimits}, which imports are held to as well.
 */
@Schema(name = "ExerciseRequest")
public record ExerciseRequest(
        @NotBlank @Size(max = SLUG) @SingleLine @Schema(description = "Public id; on update it must equal the path's", examples = "glute-bridge") String slug,
        @NotBlank @Size(max = NAME) @SingleLine @Schema(examples = "Glute bridge") String name,
        @Size(max = ALIASES) List<@NotBlank @Size(max = ALIAS) @SingleLine String> aliases,
        @Size(max = LANGUAGES) @Schema(description = "Name and aliases per language (ISO 639-1 code), used to link articles in that language",
                examples = "{\"es\": {\"name\": \"Puente de glúteos\", \"aliases\": [\"puente de glúteo\"]}}")
        Map<@Size(max = 2) String, @NotNull @Valid LocalNamesDto> names,
        @Size(max = SUMMARY) @Prose String summary,
        @NotEmpty @Size(max = STEPS) List<@NotBlank @Size(max = STEP) @Prose String> instructions,
        @Size(max = NOTES) List<@NotBlank @Size(max = NOTE) @Prose String> cues,
        @Size(max = NOTES) List<@NotBlank @Size(max = NOTE) @Prose String> mistakes,
        @NotEmpty @Size(max = MUSCLES) @Schema(description = "Muscle slugs, see /api/v1/muscles", examples = "[\"gluteus-maximus\"]")
        List<@NotBlank @Size(max = TERM) String> primaryMuscles,
        @Size(max = MUSCLES) List<@NotBlank @Size(max = TERM) String> secondaryMuscles,
        @NotEmpty @Size(max = EQUIPMENT) @Schema(description = "Equipment slugs; [\"bodyweight\"] when none", examples = "[\"bodyweight\"]")
        List<@NotBlank @Size(max = TERM) String> equipment,
        @NotBlank @Size(max = TERM) @Schema(examples = "hip-extension") String pattern,
        @NotBlank @Size(max = TERM) @Schema(enumeration = { "beginner", "intermediate", "advanced" }) String level,
        @NotBlank @Size(max = TERM) @Schema(enumeration = { "compound", "isolation" }) String mechanic,
        @NotBlank @Size(max = TERM) @Schema(enumeration = { "bilateral", "unilateral" }) String laterality,
        @NotBlank @Size(max = TERM) @Schema(examples = "supine") String position,
        @NotBlank @Size(max = TERM) @Schema(enumeration = { "none", "low", "moderate", "high" }) String spinalLoad,
        @NotNull @Valid DosageDto dosage,
        @Size(max = CONTRAINDICATIONS) List<@NotNull @Valid ContraindicationDto> contraindications,
        @Size(max = SLUG) @SingleLine @Schema(description = "Slug of the next easier exercise on its ladder") String regression,
        @Size(max = SLUG) @SingleLine @Schema(description = "Slug of the next harder exercise on its ladder") String progression,
        @Size(max = MEDIA) List<@NotNull @Valid MediaDto> media) {
}

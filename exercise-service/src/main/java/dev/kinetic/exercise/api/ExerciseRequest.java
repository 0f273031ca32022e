package dev.kinetic.exercise.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an editor sends to create or replace an exercise. Status and version are the server's. */
@Schema(name = "ExerciseRequest")
public record ExerciseRequest(
        @NotBlank @Size(max = 80) @Schema(description = "Public id; on update it must equal the path's", examples = "glute-bridge") String slug,
        @NotBlank @Size(max = 120) @Schema(examples = "Glute bridge") String name,
        @Size(max = 20) List<@NotBlank @Size(max = 80) String> aliases,
        @Size(max = 20) @Schema(description = "Name and aliases per language (ISO 639-1 code), used to link articles in that language",
                examples = "{\"es\": {\"name\": \"Puente de glúteos\", \"aliases\": [\"puente de glúteo\"]}}")
        Map<String, LocalNamesDto> names,
        @Size(max = 1000) String summary,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 1000) String> instructions,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> cues,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> mistakes,
        @NotEmpty @Schema(description = "Muscle slugs, see /api/v1/muscles", examples = "[\"gluteus-maximus\"]") List<@NotBlank String> primaryMuscles,
        List<@NotBlank String> secondaryMuscles,
        @NotEmpty @Schema(description = "Equipment slugs; [\"bodyweight\"] when none", examples = "[\"bodyweight\"]") List<@NotBlank String> equipment,
        @NotBlank @Schema(examples = "hip-extension") String pattern,
        @NotBlank @Schema(enumeration = { "beginner", "intermediate", "advanced" }) String level,
        @NotBlank @Schema(enumeration = { "compound", "isolation" }) String mechanic,
        @NotBlank @Schema(enumeration = { "bilateral", "unilateral" }) String laterality,
        @NotBlank @Schema(examples = "supine") String position,
        @NotBlank @Schema(enumeration = { "none", "low", "moderate", "high" }) String spinalLoad,
        @NotNull @Valid DosageDto dosage,
        List<@Valid ContraindicationDto> contraindications,
        @Schema(description = "Slug of the next easier exercise on its ladder") String regression,
        @Schema(description = "Slug of the next harder exercise on its ladder") String progression,
        List<@Valid MediaDto> media) {
}

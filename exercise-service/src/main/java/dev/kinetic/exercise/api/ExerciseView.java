package dev.kinetic.exercise.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An exercise as the API serves it (the stored document and the events have records of their own).
 */
@Schema(name = "Exercise")
public record ExerciseView(
        String slug,
        String name,
        List<String> aliases,
        @Schema(description = "Name and aliases per language (ISO 639-1 code)") Map<String, LocalNamesDto> names,
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
        DosageDto dosage,
        List<ContraindicationDto> contraindications,
        String regression,
        String progression,
        List<MediaDto> media,
        @Schema(enumeration = { "active", "retired" }) String status,
        @Schema(description = "Increases with every change", examples = "3") int version,
        @Schema(description = "Curated by editors, or imported from a public data set (absent in documents stored before it existed)")
        OriginDto origin,
        @Schema(description = "Review state; only approved exercises go into plans") ReviewDto review,
        @Schema(description = "Values inferred rather than read from the source, with their evidence") List<InferenceDto> inferences) {
}

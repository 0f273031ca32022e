package dev.kinetic.exercise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@Schema(name = "Dosage", description = "Default prescription: sets of a repetition range, or sets of a hold (per side when unilateral)")
public record DosageDto(
        @Min(1) @Max(10) @Schema(examples = "3") int sets,
        @Min(1) @Max(100) @Schema(examples = "8") Integer repsMin,
        @Min(1) @Max(100) @Schema(examples = "12") Integer repsMax,
        @Min(5) @Max(600) @Schema(description = "Isometric hold in seconds, instead of repetitions") Integer holdSeconds) {
}

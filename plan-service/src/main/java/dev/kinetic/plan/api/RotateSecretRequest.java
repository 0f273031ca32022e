package dev.kinetic.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How long the current secret keeps signing after a rotation (default a day). */
public record RotateSecretRequest(
        @Schema(description = "Seconds the current secret still signs deliveries beside the new one; 0 ends it now",
                defaultValue = "86400") @Min(0) @Max(604_800) Long overlapSeconds) {
}

package dev.kinetic.content.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

@Schema(name = "ScheduleRequest")
public record ScheduleRequest(@NotNull @Schema(examples = "2026-12-01T07:00:00Z") Instant publishAt) {
}

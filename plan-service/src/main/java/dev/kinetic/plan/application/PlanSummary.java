package dev.kinetic.plan.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a partner's plan list. */
@Schema(name = "PlanSummary")
public record PlanSummary(UUID id, int version, String outcome, String status, Instant createdAt, Instant updatedAt) {
}

package dev.kinetic.plan.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a partner's plan list. */
@Schema(name = "PlanSummary")
public record PlanSummary(UUID id, int version, String outcome, String status, Instant createdAt, Instant updatedAt) {

    @Schema(name = "PlanPage")
    public record Page(List<PlanSummary> items, int page, int size, long total) {
    }
}

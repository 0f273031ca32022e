package dev.kinetic.plan.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.application.PlanDocument;
import dev.kinetic.plan.application.Referral;
import dev.kinetic.plan.domain.ArticleLink;
import dev.kinetic.plan.domain.Plan;

/**
 * A plan or a referral as served. Exactly one of {@code plan} and {@code referral} is present, except for a
 * paused plan, which keeps its plan and gains a referral.
 */
@Schema(name = "Plan")
public record PlanView(
        UUID id,
        int version,
        @Schema(enumeration = { "plan", "referral" }) String outcome,
        @Schema(enumeration = { "active", "paused", "referred" }) String status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The catalog version the plan was generated from") long catalogVersion,
        CreatePlanRequest request,
        Referral referral,
        Plan plan,
        @Schema(description = "Published articles about the person's conditions") List<ArticleLink> readMore,
        @Schema(description = "What changed from the previous version") List<String> changes,
        String disclaimer) {

    static PlanView of(PlanDocument d) {
        return new PlanView(d.id(), d.version(), d.outcome(), d.status(), d.createdAt(), d.updatedAt(), d.catalogVersion(),
                PlanRequestMapping.toRequest(d.request()), d.referral(), d.plan(), d.readMore(), d.changes(), d.disclaimer());
    }
}

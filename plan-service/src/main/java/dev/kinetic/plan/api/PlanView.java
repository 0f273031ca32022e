package dev.kinetic.plan.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.domain.ArticleLink;
import dev.kinetic.plan.domain.Plan;

/**
 * A plan or a referral as served, and as stored for each version. Exactly one of {@code plan}
 * and {@code referral} is present, except for a paused plan, which keeps its plan and gains a referral.
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
        ReferralView referral,
        Plan plan,
        @Schema(description = "Published articles about the person's conditions") List<ArticleLink> readMore,
        @Schema(description = "What changed from the previous version") List<String> changes,
        String disclaimer) {

    public static final String DISCLAIMER = "Kinetic gives general exercise guidance, not a diagnosis or medical advice. "
            + "If you are unsure whether an exercise is right for you, ask a doctor or physiotherapist.";

    public PlanView revised(int newVersion, String newStatus, Instant at, ReferralView newReferral, Plan newPlan, List<String> newChanges) {
        return new PlanView(id, newVersion, outcome, newStatus, createdAt, at, catalogVersion, request, newReferral, newPlan,
                readMore, newChanges, disclaimer);
    }
}

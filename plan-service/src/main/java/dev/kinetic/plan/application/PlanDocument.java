package dev.kinetic.plan.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.kinetic.plan.domain.ArticleLink;
import dev.kinetic.plan.domain.Plan;

/**
 * A plan version as stored (compressed, one row per version): a plan or a referral, and the input it came from.
 * Exactly one of {@code plan} and {@code referral} is present, except for a paused plan, which keeps its plan and
 * gains a referral. The API serves its own record made from it; {@code PlanDocumentCompatibilityTest} reads
 * documents as earlier releases wrote them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanDocument(
        UUID id,
        int version,
        String outcome,
        String status,
        Instant createdAt,
        Instant updatedAt,
        long catalogVersion,
        PlanInput request,
        Referral referral,
        Plan plan,
        List<ArticleLink> readMore,
        List<String> changes,
        String disclaimer) {

    public static final String DISCLAIMER = "Kinetic gives general exercise guidance, not a diagnosis or medical advice. "
            + "If you are unsure whether an exercise is right for you, ask a doctor or physiotherapist.";

    public PlanDocument revised(int newVersion, String newStatus, Instant at, Referral newReferral, Plan newPlan, List<String> newChanges) {
        return new PlanDocument(id, newVersion, outcome, newStatus, createdAt, at, catalogVersion, request, newReferral, newPlan,
                readMore, newChanges, disclaimer);
    }
}

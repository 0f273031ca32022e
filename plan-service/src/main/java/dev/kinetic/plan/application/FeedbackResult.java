package dev.kinetic.plan.application;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.domain.Adjustment;

/** What feedback on a session decided, and the plan version it led to. */
@Schema(name = "FeedbackResult")
public record FeedbackResult(UUID planId, int session, Adjustment.Action action, String reason, List<String> changes,
        int planVersion, String status, Referral referral) {
}

package dev.kinetic.plan.application;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.webhooks.WebhookMessage;

/**
 * What a partner's webhook says about a plan event: the fields of the three {@code plan-events} types that name the
 * plan and what happened to it; the rest of the event (goals, conditions, exercises) is not sent out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanEventNotice(UUID planId, String partner, Integer version, String outcome, String status, String cause,
        PlanEvents.Referral referral) {

    public boolean complete() {
        return planId != null && partner != null && !partner.isBlank() && version != null;
    }

    /** The delivery body for an event of {@code type} that happened at {@code time}; the plan at {@code planUrl}. */
    public WebhookMessage message(String type, OffsetDateTime time, String planUrl) {
        boolean generated = EventTypes.PLAN_GENERATED.equals(type);
        return new WebhookMessage(type, time, new WebhookMessage.Data(planId, version, generated ? outcome : null,
                generated ? status : null, EventTypes.PLAN_ADJUSTED.equals(type) ? cause : null,
                referral == null || referral.urgency() == null ? null : dev.kinetic.contracts.Slugs.of(referral.urgency()), planUrl, null));
    }
}

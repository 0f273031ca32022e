package dev.kinetic.contracts.webhooks;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a webhook delivery: which event, when it happened, and a notification that names the plan without
 * its health data (no screening answers, conditions or exercises); the partner reads the plan at {@code url}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookMessage(String type, OffsetDateTime timestamp, Data data) {

    /**
     * A plan event's notification, or a ping's ({@code endpointId} only). {@code outcome} and {@code status}
     * come with a generated plan, {@code cause} with an adjusted one, {@code urgency} with a referral or a pause.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(UUID planId, Integer version, String outcome, String status, String cause, String urgency,
            String url, UUID endpointId) {

        /** A ping's data: only the endpoint it was sent to. */
        public static Data ping(UUID endpointId) {
            return new Data(null, null, null, null, null, null, null, endpointId);
        }
    }
}

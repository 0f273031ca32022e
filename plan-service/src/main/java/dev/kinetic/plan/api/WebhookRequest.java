package dev.kinetic.plan.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.plan.domain.WebhookTargets;
import dev.kinetic.platform.validation.SingleLine;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner's request to receive webhooks. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(description = "https URL of a public host that accepts POSTs", examples = "https://hooks.partner.example/kinetic")
        @NotNull @Size(max = WebhookTargets.MAX_URL_LENGTH) @SingleLine String url,
        @Schema(description = "The event types to receive", examples = "dev.kinetic.plan.adjusted.v1")
        @NotEmpty @Size(max = 3) List<@NotNull @Size(max = 100) String> eventTypes,
        @Schema(description = "What the endpoint is for, for the partner's own records") @Size(max = 500) @SingleLine String description) {
}

package dev.kinetic.plan.api;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kinetic.plan.application.DeliveryView;
import dev.kinetic.plan.application.PingResult;
import dev.kinetic.plan.application.PingWebhook;
import dev.kinetic.plan.application.SecretRotated;
import dev.kinetic.plan.application.WebhookCreated;
import dev.kinetic.plan.application.WebhookDeliveryLog;
import dev.kinetic.plan.application.WebhookSubscriptions;
import dev.kinetic.plan.application.WebhookView;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.quota.Quotas;
import dev.kinetic.platform.security.Partners;
import dev.kinetic.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Webhooks", description = "Signed notifications (Standard Webhooks) when a partner's plan is generated, adjusted or "
        + "paused; a partner sees and manages only its own endpoints")
public class WebhookResource {

    static final String WEBHOOK_PING = "webhook-ping";
    private static final String ID = "{id: " + PlanResource.UUID_PATTERN + "}";
    private static final Duration DEFAULT_OVERLAP = Duration.ofDays(1);

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveryLog log;
    private final PingWebhook ping;
    private final Partners partners;
    private final Quotas quotas;

    public WebhookResource(WebhookSubscriptions subscriptions, WebhookDeliveryLog log, PingWebhook ping, Partners partners,
            Quotas quotas) {
        this.subscriptions = subscriptions;
        this.log = log;
        this.ping = ping;
        this.partners = partners;
        this.quotas = quotas;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe an endpoint", description = "The answer holds the signing secret, shown only here. The URL "
            + "must be https on a public address (private, loopback and link-local targets are refused).")
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is in this answer only", content = @Content(schema = @Schema(implementation = WebhookCreated.class)))
    public Response subscribe(@Valid @NotNull WebhookRequest body, @Context SecurityContext security, @Context UriInfo uri) {
        WebhookCreated created = subscriptions.subscribe(partners.of(security), body.url(), body.eventTypes(), body.description());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The calling partner's endpoints, oldest first")
    public Page<WebhookView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size, @Context SecurityContext security) {
        return subscriptions.list(partners.of(security), page, size);
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getWebhook", summary = "An endpoint; a disabled one says why")
    public WebhookView get(@PathParam("id") UUID id, @Context SecurityContext security) {
        return subscriptions.get(partners.of(security), id);
    }

    @DELETE
    @Path(ID)
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe: nothing more is sent, and the delivery log goes")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @Context SecurityContext security) {
        subscriptions.delete(partners.of(security), id);
        return Response.noContent().build();
    }

    @POST
    @Path(ID + "/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret", description = "During the overlap each delivery carries two signatures, one "
            + "by each secret, so a receiver can switch to the new one without missing a delivery.")
    public SecretRotated rotate(@PathParam("id") UUID id, @Valid RotateSecretRequest body, @Context SecurityContext security) {
        Duration overlap = body == null || body.overlapSeconds() == null ? DEFAULT_OVERLAP : Duration.ofSeconds(body.overlapSeconds());
        return subscriptions.rotate(partners.of(security), id, overlap);
    }

    @POST
    @Path(ID + "/enable")
    @Operation(operationId = "enableWebhook", summary = "Enable a disabled endpoint again", description = "New events are delivered again; failed deliveries "
            + "can be redelivered from the log.")
    public WebhookView enable(@PathParam("id") UUID id, @Context SecurityContext security) {
        return subscriptions.enable(partners.of(security), id);
    }

    @POST
    @Path(ID + "/ping")
    @Operation(operationId = "pingWebhook", summary = "Send a signed test message now", description = "Sent once (no retries), also to a disabled endpoint; "
            + "the answer says what the receiver answered, and the delivery log keeps it.")
    @APIResponse(responseCode = "200", description = "Sent; whether the receiver took it", content = @Content(schema = @Schema(implementation = PingResult.class)))
    @APIResponse(responseCode = "429", description = "Over the quota; see Retry-After and RateLimit")
    public PingResult ping(@PathParam("id") UUID id, @Context SecurityContext security) {
        String partner = partners.of(security);
        quotas.charge(WEBHOOK_PING, partner);
        return ping.ping(partner, id);
    }

    @GET
    @Path(ID + "/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's deliveries, newest first, each with its attempts (status codes, latency, errors)")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size, @Context SecurityContext security) {
        return log.deliveries(partners.of(security), id, page, size);
    }

    @POST
    @Path(ID + "/deliveries/{delivery: " + PlanResource.UUID_PATTERN + "}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again now, with the same webhook-id")
    @APIResponse(responseCode = "202", description = "Queued to be sent now", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("delivery") UUID delivery, @Context SecurityContext security) {
        return Response.accepted(log.redeliver(partners.of(security), id, delivery)).build();
    }
}

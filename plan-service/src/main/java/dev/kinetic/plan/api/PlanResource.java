package dev.kinetic.plan.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.RestResponse;

import dev.kinetic.plan.domain.ICalendar;
import dev.kinetic.plan.application.CreatePlan;
import dev.kinetic.plan.application.FeedbackResult;
import dev.kinetic.plan.application.PlanDocument;
import dev.kinetic.plan.application.PlanInput;
import dev.kinetic.plan.application.PlanInputs;
import dev.kinetic.plan.application.PlanSummary;
import dev.kinetic.plan.application.ReadPlans;
import dev.kinetic.plan.application.RecordFeedback;
import dev.kinetic.platform.json.CompressedJson;
import dev.kinetic.platform.problem.Causes;
import dev.kinetic.platform.http.ContentCodings;
import dev.kinetic.platform.http.RequestCacheDirectives;
import dev.kinetic.platform.http.ReturnPreference;
import dev.kinetic.platform.http.Workers;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.RequestChecks;
import dev.kinetic.platform.problem.Violation;
import dev.kinetic.platform.problem.VersionTags;
import dev.kinetic.platform.quota.Quotas;
import dev.kinetic.platform.security.Partners;
import dev.kinetic.platform.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Safe, explainable, adaptive plans for partner apps; a partner sees only its own plans")
public class PlanResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String PLAN_CREATE = "plan-create";
    static final String PLAN_FEEDBACK = "plan-feedback";
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CreatePlan createPlan;
    private final ReadPlans plans;
    private final RecordFeedback recordFeedback;
    private final RequestChecks checks;
    private final Partners partners;
    private final Quotas quotas;
    private final PlanViews views;
    private final CurrentIdentityAssociation identities;
    private final Workers workers;

    public PlanResource(CreatePlan createPlan, ReadPlans plans, RecordFeedback recordFeedback, RequestChecks checks,
            Partners partners, Quotas quotas, PlanViews views, CurrentIdentityAssociation identities, Workers workers) {
        this.workers = workers;
        this.identities = identities;
        this.quotas = quotas;
        this.views = views;
        this.checks = checks;
        this.partners = partners;
        this.createPlan = createPlan;
        this.plans = plans;
        this.recordFeedback = recordFeedback;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "createPlan", summary = "Ask for a plan", description = "Screens for red flags first: any red flag gives a referral (no "
            + "exercises) with its reasons and urgency; otherwise a plan. Both are 201 responses. With an Idempotency-Key, "
            + "repeating the request returns the first result (200) instead of creating another plan. With Prefer: return=minimal "
            + "the response has no body: the plan is at Location, its version in ETag.")
    @APIResponse(responseCode = "201", description = "A plan, or a referral when a red flag was found", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "429", description = "Over the quota; see Retry-After and RateLimit")
    public RestResponse<byte[]> create(CreatePlanRequest body,
            @HeaderParam(IDEMPOTENCY_KEY) @Parameter(description = "Any unique string up to 200 characters")
            @Pattern(regexp = "[\\x21-\\x7e]{1,200}") String idempotencyKey,
            @HeaderParam(ReturnPreference.HEADER) @Parameter(description = "return=minimal: no body (the plan is at Location)")
            String prefer,
            @Context SecurityContext security, @Context UriInfo uri,
            @HeaderParam(ContentCodings.ACCEPT_ENCODING) @Parameter(hidden = true) String acceptEncoding) {
        String partner = partners.of(security);
        quotas.charge(PLAN_CREATE, partner);
        if (body == null) {
            RequestChecks.reject(List.of(new Violation("request", "a plan request body is required")));
        }
        PlanInput input = PlanRequestMapping.toInput(body);
        CreatePlan.Created created;
        try {
            created = createPlan.create(partner, idempotencyKey, input, checks.of(body));
        } catch (RuntimeException e) {
            // Two requests with the same new key raced: the loser returns what the winner created.
            if (idempotencyKey == null || !Causes.include(e, ConstraintViolationException.class)) {
                throw e;
            }
            created = createPlan.replay(partner, idempotencyKey, createPlan.hash(input)).orElseThrow(() -> e);
        }
        RestResponse.ResponseBuilder<byte[]> response = created.replayed() ? RestResponse.ResponseBuilder.ok()
                : RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED);
        PlanDocument document = created.document();
        response.location(uri.getBaseUriBuilder().path("/api/v1/plans").path(document.id().toString()).build())
                .header("Idempotent-Replayed", created.replayed() ? "true" : null)
                .tag(VersionTags.of(document.version()));
        if (ReturnPreference.minimal(prefer)) {
            return response.header(ReturnPreference.APPLIED_HEADER, ReturnPreference.MINIMAL).build();
        }
        if (created.compressed() != null) {
            // Answered as stored, not held: holding every new plan for reads nobody makes filled the old generation at
            // the creation rate (a full collection every two seconds at 450 plans/s).
            CompressedJson stored = created.compressed();
            return withDocument(response, () -> views.unheld(document), () -> stored, coding(acceptEncoding)).build();
        }
        return withDocument(response, document.id(), document.version(), () -> document, coding(acceptEncoding)).build();
    }

    /** The coding a plan is sent in: gzip or deflate if the client takes either, none (plain JSON) otherwise. */
    private static Optional<String> coding(String acceptEncoding) {
        return ContentCodings.chosen(acceptEncoding, ContentCodings.GZIP, ContentCodings.DEFLATE);
    }

    /** A version's JSON as the body, rendered and compressed once per version and held for the reads to come. */
    private RestResponse.ResponseBuilder<byte[]> withDocument(RestResponse.ResponseBuilder<byte[]> response, UUID id, int version,
            Supplier<PlanDocument> document, Optional<String> coding) {
        return withDocument(response, () -> views.json(id, version, document), () -> views.compressed(id, version, document),
                coding);
    }

    /**
     * The JSON as the body: compressed, for a client that takes gzip or deflate (a tenth of the bytes, and no
     * compression on the way out), plain otherwise. The ETag names the version whichever coding carries it
     * (If-Match and If-None-Match compare versions). The body is bytes, the operation's media type JSON: their writer
     * is chosen once at build time instead of looked up for every answer.
     */
    private RestResponse.ResponseBuilder<byte[]> withDocument(RestResponse.ResponseBuilder<byte[]> response, Supplier<byte[]> plain,
            Supplier<CompressedJson> compressed, Optional<String> coding) {
        response.header(HttpHeaders.VARY, ContentCodings.ACCEPT_ENCODING);
        if (coding.isEmpty()) {
            return response.entity(plain.get());
        }
        CompressedJson body = compressed.get();
        return response.header(ContentCodings.CONTENT_ENCODING, coding.get())
                .entity(coding.get().equals(ContentCodings.GZIP) ? body.gzip() : body.zlib());
    }

    @GET
    @Path("/goals")
    @PermitAll
    @NonBlocking
    @Operation(operationId = "listGoals", summary = "The goals a plan can be asked for, with the movement patterns each builds sessions from")
    public List<GoalView> goals() {
        return GoalView.ALL;
    }

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "listPlans", summary = "The calling partner's plans, newest first")
    public Page<PlanSummary> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size, @Context SecurityContext security) {
        return plans.list(partners.of(security), page, size);
    }

    @GET
    @Path("/{id: " + UUID_PATTERN + "}")
    @RolesAllowed({ Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "getPlan", summary = "A plan's current version (another partner's plan is a 404)",
            description = "A change made through another replica is answered once its event has reached this one (milliseconds, "
                    + "at most kinetic.plan.heads.max-age); a request with Cache-Control: no-cache (or max-age=0) is answered "
                    + "from the database.")
    @APIResponse(responseCode = "200", description = "The plan's current version", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @NonBlocking
    public Uni<RestResponse<byte[]>> get(@PathParam("id") UUID id, @Context SecurityContext security, @Context Request request,
            @Context HttpServerRequest http,
            @HeaderParam(RequestCacheDirectives.CACHE_CONTROL) @Parameter(hidden = true) String cacheControl,
            @HeaderParam(ContentCodings.ACCEPT_ENCODING) @Parameter(hidden = true) String acceptEncoding) {
        // On the event loop when the current version and its rendering are held here (the caller's token was verified
        // before, as the operation requires a role); on a worker when the database must be asked for either.
        String owner = owner(security);
        boolean fromDatabase = RequestCacheDirectives.demandsOrigin(cacheControl);
        Optional<ReadPlans.Current> known = fromDatabase ? Optional.empty() : plans.held(id, owner);
        Optional<String> coding = coding(acceptEncoding);
        Optional<RestResponse<byte[]>> held = known.flatMap(current -> heldAnswer(current, request, http, coding));
        if (held.isPresent()) {
            return Uni.createFrom().item(held.get());
        }
        return workers.call(() -> read(id, owner, known, fromDatabase, request, http, coding));
    }

    /** The answer from what is held in memory: a 304, or the version's rendering in the coding asked for; empty if it is not held. */
    private Optional<RestResponse<byte[]>> heldAnswer(ReadPlans.Current current, Request request, HttpServerRequest http,
            Optional<String> coding) {
        EntityTag tag = VersionTags.of(current.version());
        if (VersionTags.notModified(http, request, tag)) {
            return Optional.of(RestResponse.notModified(tag));
        }
        byte[] plain = coding.isPresent() ? null : views.heldJson(current.id(), current.version());
        CompressedJson compressed = coding.isPresent() ? views.heldCompressed(current.id(), current.version()) : null;
        if (plain == null && compressed == null) {
            return Optional.empty();
        }
        return Optional.of(withDocument(RestResponse.ResponseBuilder.<byte[]>ok().tag(tag), () -> plain, () -> compressed, coding)
                .build());
    }

    /** The read on a worker: the current version as {@code known} on the loop, else asked (of the database, if need be). */
    private RestResponse<byte[]> read(UUID id, String owner, Optional<ReadPlans.Current> known, boolean fromDatabase, Request request,
            HttpServerRequest http, Optional<String> coding) {
        ReadPlans.Current current = known.or(() -> fromDatabase ? plans.currentNow(id, owner) : plans.current(id, owner))
                .orElseThrow(() -> ProblemException.notFound("No plan " + id));
        EntityTag tag = VersionTags.of(current.version());
        if (VersionTags.notModified(http, request, tag)) {
            return RestResponse.notModified(tag);
        }
        return withDocument(RestResponse.ResponseBuilder.<byte[]>ok().tag(tag), id, current.version(), () -> plans.document(current),
                coding).build();
    }

    @GET
    @Path("/{id: " + UUID_PATTERN + "}.ics")
    @Produces("text/calendar")
    @RolesAllowed({ Roles.PARTNER, Roles.ADMIN })
    @Operation(operationId = "getPlanCalendar", summary = "The plan's sessions as an iCalendar file, at the person's local time in their time zone")
    public Response calendar(@PathParam("id") UUID id, @Context SecurityContext security) {
        PlanDocument view = plans.document(id, owner(security));
        if (view.plan() == null) {
            throw ProblemException.notFound("Plan " + id + " is a referral: it has no sessions");
        }
        // Stamped with the version's own time: the same version is always the same calendar (and cacheable).
        String ics = ICalendar.of(id.toString(), view.version(), view.plan(), PlanInputs.schedule(view.request(), view.createdAt()),
                view.updatedAt());
        return Response.ok(ics, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"kinetic-plan-" + id + ".ics\"").build();
    }

    @POST
    @Path("/{id: " + UUID_PATTERN + "}/sessions/{session}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "recordFeedback", summary = "Report how a session went; the plan adapts", description = "Pain during up to 5/10 that settles by "
            + "the next day keeps or progresses the plan; more pain, or next-day pain above the starting level, regresses it; "
            + "two easy sessions progress it; a new red-flag symptom pauses it with a referral. A change makes a new version.")
    @APIResponse(responseCode = "200", description = "What the feedback decided", content = @Content(schema = @Schema(implementation = FeedbackResult.class)))
    @APIResponse(responseCode = "429", description = "Over the quota; see Retry-After and RateLimit")
    public FeedbackResult feedback(@PathParam("id") UUID id, @PathParam("session") @Min(1) @Max(112) int session,
            @Valid @NotNull FeedbackRequest body, @Context SecurityContext security) {
        String partner = partners.of(security);
        quotas.charge(PLAN_FEEDBACK, partner);
        return recordFeedback.feedback(id, partner, session, body.toDomain());
    }

    /**
     * The partner whose plans the caller may see; null for an admin, who may see any. Asked of the injected
     * association, not through {@code isUserInRole}, which looks it up anew on every call ({@code Caller.inAnyRole});
     * these operations require a role, so the identity is established by now.
     */
    private String owner(SecurityContext security) {
        return identities.getIdentity().hasRole(Roles.ADMIN) ? null : partners.of(security);
    }
}

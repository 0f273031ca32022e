package dev.kinetic.exercise.api;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kinetic.exercise.application.CatalogCache;
import dev.kinetic.exercise.application.EditExercise;
import dev.kinetic.exercise.application.ReviewExercise;
import dev.kinetic.exercise.application.ReviewQueue;
import dev.kinetic.exercise.domain.ReviewStatus;
import dev.kinetic.exercise.domain.Vocabulary;
import dev.kinetic.exercise.application.ExerciseImporter;
import dev.kinetic.exercise.application.ImportReport;
import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.domain.Condition;
import dev.kinetic.exercise.domain.Level;
import dev.kinetic.exercise.domain.MovementPattern;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.platform.http.ContentCodings;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.quota.QuotaClients;
import dev.kinetic.platform.quota.Quotas;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.http.HttpServerRequest;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.RequestChecks;
import dev.kinetic.platform.problem.Violation;
import dev.kinetic.platform.problem.VersionTags;
import dev.kinetic.platform.security.Caller;
import dev.kinetic.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * The catalog's API. The public reads are answered from the catalog in memory ({@link CatalogCache} never waits for the
 * database once it has loaded), so they run on the event loop ({@code @NonBlocking}), without a hand-off to a worker;
 * writes, imports, the review queue and the snapshot, which charges a quota, run on workers.
 */
@Path("/api/v1/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "The exercise catalog: public reads, editor writes")
public class ExerciseResource {

    /** Sub-resources of /api/v1/exercises that an exercise slug would otherwise shadow. */
    static final Set<String> RESERVED_SLUGS = Set.of("search", "snapshot", "import", "patterns", "levels",
            "conditions", "reviews", "approvals");

    static final int MAX_IMPORT = 5_000;

    private final CatalogCache cache;
    private final EditExercise editExercise;
    private final ReviewExercise reviewExercise;
    private final Quotas quotas;
    private final QuotaClients clients;
    private final ExerciseImporter importer;
    private final CatalogRepresentations representations;
    private final RevisionResponses responses;
    private final ReviewQueue reviews;
    private final RequestChecks checks;

    public ExerciseResource(CatalogCache cache, EditExercise editExercise, ReviewExercise reviewExercise, Quotas quotas, QuotaClients clients,
            ExerciseImporter importer, CatalogRepresentations representations, RevisionResponses responses, ReviewQueue reviews,
            RequestChecks checks) {
        this.reviews = reviews;
        this.checks = checks;
        this.cache = cache;
        this.editExercise = editExercise;
        this.reviewExercise = reviewExercise;
        this.quotas = quotas;
        this.clients = clients;
        this.importer = importer;
        this.representations = representations;
        this.responses = responses;
    }

    @GET
    @PermitAll
    @APIResponse(responseCode = "200", description = "A page of exercises", content = @Content(schema = @Schema(implementation = ExercisePage.class)))
    @Operation(summary = "List active exercises, filtered", description = "Muscle accepts a muscle or a muscle group "
            + "(glutes includes gluteus medius) and matches primary muscles; equipment lists what the person owns "
            + "(an exercise qualifies when it needs nothing else; bodyweight is always available); safeFor drops "
            + "exercises to avoid for that condition and marks those needing caution.")
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    public RestResponse<byte[]> list(
            @QueryParam("muscle") @Parameter(description = "Muscle or muscle-group slug; repeatable") List<String> muscles,
            @QueryParam("equipment") @Parameter(description = "Equipment the person owns; repeatable") List<String> equipment,
            @QueryParam("pattern") String pattern,
            @QueryParam("maxLevel") String maxLevel,
            @QueryParam("laterality") String laterality,
            @QueryParam("safeFor") @Parameter(description = "Condition slug, e.g. low-back-pain") String safeFor,
            @QueryParam("sort") @Parameter(description = "name, level, pattern or updated; '-' for descending") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @HeaderParam(ContentCodings.ACCEPT_ENCODING) @Parameter(hidden = true) String acceptEncoding) {
        var query = new ExerciseQueryParser().parse(orEmpty(muscles), orEmpty(equipment), pattern, maxLevel, laterality,
                safeFor, sort, page, size);
        CatalogSnapshot snapshot = cache.current();
        return responses.respond(snapshot, query, () -> representations.page(snapshot, snapshot.query(query)), acceptEncoding);
    }

    @GET
    @Path("/search")
    @PermitAll
    @Operation(summary = "Search by name or alias, tolerant to plurals and typos")
    @APIResponse(responseCode = "200", description = "The matching exercises, best first", content = @Content(schema = @Schema(implementation = SearchResult.class)))
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    public RestResponse<byte[]> search(@QueryParam("q") @NotBlank @Size(min = 2, max = 100) String q,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size,
            @HeaderParam(ContentCodings.ACCEPT_ENCODING) @Parameter(hidden = true) String acceptEncoding) {
        CatalogSnapshot snapshot = cache.current();
        return responses.respond(snapshot, new SearchQuestion(q, size),
                () -> representations.search(snapshot, q, snapshot.search(q.trim(), size)), acceptEncoding);
    }

    /** A search as a cache key: the query exactly as asked (it is echoed in the answer) and the size. */
    private record SearchQuestion(String q, int size) {
    }

    @GET
    @Path("/snapshot")
    @PermitAll
    @Operation(summary = "Every active exercise and the catalog revision, for consumers bootstrapping without Kafka")
    @APIResponse(responseCode = "200", description = "The whole catalog at one revision", content = @Content(schema = @Schema(implementation = CatalogSnapshotView.class)))
    @APIResponse(responseCode = "429", description = "Over the quota; see Retry-After and RateLimit")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<byte[]> snapshot(@Context SecurityContext security, @Context HttpServerRequest client,
            @HeaderParam(ContentCodings.ACCEPT_ENCODING) @Parameter(hidden = true) String acceptEncoding) {
        quotas.charge("catalog-snapshot", clients.of(security, client));
        CatalogSnapshot snapshot = cache.current();
        // Serialised once per catalog revision: every consumer's start-up asks for the same whole catalog.
        return responses.respond(snapshot, SnapshotQuestion.WHOLE, () -> representations.json(new CatalogSnapshotView(
                snapshot.revision(), snapshot.active().size(), snapshot.active().stream().map(ExerciseMapper::toView).toList(),
                dev.kinetic.exercise.domain.Vocabularies.current())), acceptEncoding);
    }

    /** The snapshot as a response-cache key: there is one per revision. */
    private enum SnapshotQuestion {
        WHOLE
    }

    @GET
    @Path("/patterns")
    @PermitAll
    @Operation(summary = "Movement patterns")
    @NonBlocking
    public List<VocabularyResource.Term> patterns() {
        return VocabularyResource.terms(MovementPattern.values());
    }

    @GET
    @Path("/levels")
    @PermitAll
    @Operation(summary = "Levels, easiest first")
    @NonBlocking
    public List<VocabularyResource.Term> levels() {
        return VocabularyResource.terms(Level.values());
    }

    @GET
    @Path("/conditions")
    @PermitAll
    @Operation(summary = "Conditions exercises are screened against (safeFor, contraindications)")
    @NonBlocking
    public List<VocabularyResource.Term> conditions() {
        return VocabularyResource.terms(Condition.values());
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Operation(summary = "One exercise (retired ones too), with an ETag of its version")
    @APIResponse(responseCode = "200", description = "The exercise", content = @Content(schema = @Schema(implementation = ExerciseView.class)))
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    public RestResponse<byte[]> get(@PathParam("slug") String slug, @Context Request request, @Context HttpServerRequest http) {
        CatalogSnapshot snapshot = cache.current();
        Exercise exercise = snapshot.find(slug).orElseThrow(() -> ProblemException.notFound("No exercise '" + slug + "'"));
        EntityTag tag = etag(exercise);
        if (VersionTags.notModified(http, request, tag)) {
            return RestResponse.notModified(tag);
        }
        return RestResponse.ResponseBuilder.ok(representations.exercise(snapshot, exercise)).tag(tag).build();
    }

    @GET
    @Path("/{slug}/ladder")
    @PermitAll
    @Operation(summary = "The progression ladder through this exercise, easiest first")
    @NonBlocking
    public List<ExerciseView> ladder(@PathParam("slug") String slug) {
        found(slug);
        return cache.current().ladder(slug).stream().map(ExerciseMapper::toView).toList();
    }

    @POST
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Add an exercise (version 1)")
    public Response create(ExerciseRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        List<Violation> rules = request != null && request.slug() != null && RESERVED_SLUGS.contains(request.slug())
                ? List.of(new Violation("slug", "'" + request.slug() + "' is reserved by the API")) : List.of();
        Exercise created = editExercise.create(ExerciseRequests.checked(checks, request, 1, "", rules), Caller.name(security));
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build())
                .entity(ExerciseMapper.toView(created)).tag(etag(created)).build();
    }

    @POST
    @Path("/import")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Import exercises from a JSON array", description = "format=kinetic takes ExerciseRequest objects; "
            + "format=free-exercise-db takes records of the public-domain free-exercise-db data set (imported as fedb-<id>, "
            + "its images are never imported). Each record is accepted or rejected on its own; dryRun reports without writing.")
    public ImportReport importExercises(
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            description = "Records of the chosen format; each is checked on its own",
                            implementation = Object.class))) JsonNode records,
            @QueryParam("format") @DefaultValue("kinetic") String format,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, @Context SecurityContext security) {
        var importFormat = ExerciseImporter.Format.of(format)
                .orElseThrow(() -> ProblemException.invalid("format", "must be kinetic or free-exercise-db"));
        if (records == null || !records.isArray()) {
            throw ProblemException.invalid("request", "the body must be a JSON array of exercise records");
        }
        if (records.size() > MAX_IMPORT) {
            throw ProblemException.invalid("request", "at most " + MAX_IMPORT + " records per import");
        }
        return importer.importAll(records, importFormat, dryRun, Caller.name(security));
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Replace an exercise; needs If-Match with the version read (412 when stale)")
    public Response update(@PathParam("slug") String slug, ExerciseRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        int expected = VersionTags.expected(ifMatch);
        List<Violation> rules = request != null && !slug.equals(request.slug())
                ? List.of(new Violation("slug", "must equal the slug in the path ('" + slug + "')")) : List.of();
        Exercise updated = editExercise.update(ExerciseRequests.checked(checks, request, expected, "", rules), expected,
                Caller.name(security));
        return Response.ok(ExerciseMapper.toView(updated)).tag(etag(updated)).build();
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Exercises in a review state, least certain first, with each inferred value, its evidence and confidence")
    public Page<ReviewItem> reviewQueue(@QueryParam("status") @DefaultValue("unreviewed") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ReviewStatus wanted = Vocabulary.bySlug(ReviewStatus.class, status)
                .orElseThrow(() -> ProblemException.invalid("status", "must be unreviewed, approved or rejected"));
        var found = reviews.list(wanted, page, size);
        return found.map(e -> {
            ExerciseView v = ExerciseMapper.toView(e);
            return new ReviewItem(v.slug(), v.name(), v.version(), v.origin(), v.review(), v.inferences(), ReviewQueue.confidence(e));
        });
    }

    @POST
    @Path("/{slug}/approve")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Approve an exercise for plans, optionally with corrections; needs If-Match")
    public Response approve(@PathParam("slug") String slug, ReviewRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        return decide(slug, true, request, ifMatch, security);
    }

    @POST
    @Path("/{slug}/reject")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Reject an exercise: it stays in the catalog and out of plans; needs If-Match")
    public Response reject(@PathParam("slug") String slug, ReviewRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        return decide(slug, false, request, ifMatch, security);
    }

    private Response decide(String slug, boolean approve, ReviewRequest request, String ifMatch, SecurityContext security) {
        int expected = VersionTags.expected(ifMatch);
        Exercise correction = null;
        // The note's constraints, the correction's and the path rule, reported together.
        List<Violation> rules = checks.of(request == null ? null : new ReviewRequest(request.note(), null));
        if (request != null && request.exercise() != null) {
            if (!slug.equals(request.exercise().slug())) {
                rules.add(new Violation("exercise.slug", "must equal the slug in the path ('" + slug + "')"));
            }
            correction = ExerciseRequests.checked(checks, request.exercise(), expected, "exercise.", rules);
        }
        RequestChecks.reject(rules);
        Exercise decided = reviewExercise.review(slug, expected, approve, request == null ? null : request.note(), correction,
                Caller.name(security));
        return Response.ok(ExerciseMapper.toView(decided)).tag(etag(decided)).build();
    }

    @POST
    @Path("/approvals")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Approve a batch the editor has looked through", description = "Answered per slug: approved, "
            + "stale (changed since the version given for it, or rejected) or not-found; each slug is all or nothing.")
    public ApprovalsResponse approveAll(@Valid @NotNull ApprovalsRequest request, @Context SecurityContext security) {
        List<ReviewExercise.Approval> answers = reviewExercise.approveAll(request.slugs(), request.versions(), request.note(), Caller.name(security));
        List<ApprovalsResponse.Item> items = answers.stream().map(a -> new ApprovalsResponse.Item(a.slug(), a.outcome(), a.version())).toList();
        return new ApprovalsResponse(count(items, "approved"), count(items, "stale"), count(items, "not-found"), items);
    }

    private static int count(List<ApprovalsResponse.Item> items, String outcome) {
        return (int) items.stream().filter(i -> i.outcome().equals(outcome)).count();
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Retire an exercise: no longer offered, history kept; needs If-Match")
    public Response retire(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Exercise retired = editExercise.retire(slug, VersionTags.expected(ifMatch), Caller.name(security));
        return Response.ok(ExerciseMapper.toView(retired)).tag(etag(retired)).build();
    }

    private Exercise found(String slug) {
        return cache.current().find(slug).orElseThrow(() -> ProblemException.notFound("No exercise '" + slug + "'"));
    }

    static EntityTag etag(Exercise exercise) {
        return VersionTags.of(exercise.version());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}

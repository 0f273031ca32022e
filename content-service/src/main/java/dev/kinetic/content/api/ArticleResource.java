package dev.kinetic.content.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.content.application.VocabularyCache;
import dev.kinetic.content.application.EditArticle;
import dev.kinetic.content.application.IngestArticle;
import dev.kinetic.content.application.PublishArticle;
import dev.kinetic.content.application.ReadArticles;
import dev.kinetic.platform.http.Workers;
import dev.kinetic.platform.json.Json;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.quota.QuotaClients;
import dev.kinetic.platform.quota.Quotas;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.CatalogReferences;
import dev.kinetic.content.search.SearchLanguage;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Published articles are public; drafts and every change need the editor role")
public class ArticleResource {

    private static final List<String> SEARCH_LOCALES = SearchLanguage.codes();
    private static final Set<String> RAW_TYPES = Set.of("text/plain", "text/markdown", "text/html");

    private final IngestArticle ingestArticle;
    private final EditArticle editArticle;
    private final PublishArticle publishArticle;
    private final ReadArticles articles;
    private final VocabularyCache vocabulary;
    private final PublishedArticleCache cache;
    private final RequestChecks checks;
    private final Quotas quotas;
    private final QuotaClients clients;
    private final ObjectMapper mapper;
    private final CurrentIdentityAssociation identities;
    private final Workers workers;

    public ArticleResource(IngestArticle ingestArticle, EditArticle editArticle, PublishArticle publishArticle,
            ReadArticles articles, VocabularyCache vocabulary,
            PublishedArticleCache cache, RequestChecks checks, Quotas quotas, QuotaClients clients, ObjectMapper mapper,
            CurrentIdentityAssociation identities, Workers workers) {
        this.workers = workers;
        this.mapper = mapper;
        this.identities = identities;
        this.quotas = quotas;
        this.clients = clients;
        this.checks = checks;
        this.ingestArticle = ingestArticle;
        this.editArticle = editArticle;
        this.publishArticle = publishArticle;
        this.articles = articles;
        this.vocabulary = vocabulary;
        this.cache = cache;
    }

    @POST
    @Path("/ingest")
    @Consumes({ MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Turn raw article text into a linked draft", description = "Removes repeated paragraphs, "
            + "advertisement markers and blog navigation (any language), recognises the title and headings, keeps image "
            + "credits and medical disclaimers as structure, links exercises, muscles and conditions to the catalog, "
            + "attaches dosages, and reports findings such as a section that announces exercises but lists none.")
    public Response ingest(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("locale") @DefaultValue("en") @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") String locale,
            @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid("body", "must contain the article's text");
        }
        String mediaType = MediaType.valueOf(contentType).getType() + "/" + MediaType.valueOf(contentType).getSubtype();
        if (!RAW_TYPES.contains(mediaType)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send text/plain, text/markdown or text/html");
        }
        IngestArticle.Ingested ingested = ingestArticle.ingest(body, mediaType, locale, Caller.name(security));
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/articles").path(ingested.article().slug()).build())
                .entity(new IngestionResponse(ArticleMapper.toView(ingested.article()), ingested.ingestion().report()))
                .tag(etag(ingested.article())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Create a draft from structured content (ingest raw text with /ingest instead)")
    public Response create(ArticleRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        Article created = editArticle.create(content(request), Caller.name(security));
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build())
                .entity(ArticleMapper.toView(created)).tag(etag(created)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Published articles, newest first, filtered by tag and locale")
    public Page<ArticleView> list(@QueryParam("muscle") String muscle, @QueryParam("condition") String condition,
            @QueryParam("exercise") String exercise, @QueryParam("locale") String locale,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size, @Context HttpServerRequest http) {
        boolean editor = editorial(http);
        return articles.published(muscle, condition, exercise, locale, page, size)
                .map(editor ? ArticleMapper::toView : ArticleMapper::toPublicView);
    }

    @GET
    @Path("/search")
    @PermitAll
    @Operation(summary = "Full-text search of published articles in a language, ranked, with highlighted snippets")
    @APIResponse(responseCode = "200", description = "The matching articles, best first", content = @Content(schema = @Schema(implementation = ArticleSearchResult.class)))
    @APIResponse(responseCode = "429", description = "Over the quota; see Retry-After and RateLimit")
    public RestResponse<byte[]> search(@QueryParam("q") @NotBlank @Size(min = 2, max = 200) String q,
            @QueryParam("locale") @DefaultValue("en") @Parameter(description = "en, ar, es, fr or de stemming") String locale,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size,
            @Context SecurityContext security, @Context HttpServerRequest client) {
        // Counted before the cache: a flood of new queries is what the quota is for, and a cached one costs little.
        quotas.charge("article-search", clients.of(security, client));
        byte[] json = cache.search(q, locale, size, articles.searchGeneration(), () -> new ArticleSearchResult(q, locale, articles.search(q, locale, size)
                .stream()
                .map(h -> new ArticleSearchResult.Hit(h.slug(), h.title(), Math.round(h.rank() * 10000) / 10000.0, h.snippet()))
                .toList()));
        return RestResponse.ok(json);
    }

    @GET
    @Path("/locales")
    @PermitAll
    @Operation(summary = "Locales whose articles are searched with their own language's stemming")
    @NonBlocking
    public List<String> locales() {
        return SEARCH_LOCALES;
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Operation(summary = "An article: published ones for everyone, others for editors only (404 otherwise)")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @NonBlocking
    public Uni<RestResponse<byte[]>> get(@PathParam("slug") String slug, @Context Request request, @Context HttpServerRequest http) {
        // On the event loop when an anonymous reader's answer is at hand; on a worker when it must be asked of the
        // database (its version checked, or an editor's read), or the caller's token verified.
        Optional<PublishedArticleCache.Rendered> held = Caller.presentsCredentials(http) ? Optional.empty() : cache.checkedRecently(slug);
        if (held.isPresent()) {
            return Uni.createFrom().item(published(held.get(), request, http));
        }
        return workers.call(() -> read(slug, request, http));
    }

    private RestResponse<byte[]> read(String slug, Request request, HttpServerRequest http) {
        if (!editorial(http)) {
            return cache.get(slug, articles::publishedVersion,
                    s -> articles.bySlug(s).map(a -> CatalogReferences.current(a, vocabulary.exercisesBySlug())))
                    .map(article -> published(article, request, http))
                    .orElseThrow(() -> ProblemException.notFound("No article '" + slug + "'"));
        }
        // Editors see every article with its author and findings, always fresh from the database.
        Article article = articles.bySlug(slug).orElseThrow(() -> ProblemException.notFound("No article '" + slug + "'"));
        byte[] view = Json.bytes(mapper, ArticleMapper.toView(CatalogReferences.current(article, vocabulary.exercisesBySlug())));
        return RestResponse.ResponseBuilder.ok(view).tag(etag(article)).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Replace an article's content; needs If-Match. A published article is published again")
    public Response edit(@PathParam("slug") String slug, ArticleRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        return ok(editArticle.edit(slug, VersionTags.expected(ifMatch), content(request), Caller.name(security)));
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Every saved version: who, when, in which state")
    public List<RevisionView> revisions(@PathParam("slug") String slug) {
        return articles.revisions(slug).stream().map(RevisionView::of).toList();
    }

    @GET
    @Path("/{slug}/revisions/{version}")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "The article as it was at a version")
    public ArticleView revision(@PathParam("slug") String slug, @PathParam("version") int version) {
        return articles.revision(slug, version).map(ArticleMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("Article '" + slug + "' has no revision " + version));
    }

    @POST
    @Path("/{slug}/revisions/{version}/restore")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Make an earlier revision's content the next version; needs If-Match")
    public Response restore(@PathParam("slug") String slug, @PathParam("version") int version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        return ok(editArticle.restore(slug, version, VersionTags.expected(ifMatch), Caller.name(security)));
    }

    @POST
    @Path("/{slug}/submit")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Submit a draft for medical review; needs If-Match")
    public Response submit(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return ok(publishArticle.submit(slug, VersionTags.expected(ifMatch), Caller.name(security)));
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Publish now; needs If-Match. Emits dev.kinetic.article.published.v1")
    public Response publish(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return ok(publishArticle.publish(slug, VersionTags.expected(ifMatch), Caller.name(security)));
    }

    @POST
    @Path("/{slug}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Schedule publication at publishAt; needs If-Match")
    public Response schedule(@PathParam("slug") String slug, @Valid @NotNull ScheduleRequest schedule,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        return ok(publishArticle.schedule(slug, VersionTags.expected(ifMatch), schedule.publishAt(), Caller.name(security)));
    }

    @POST
    @Path("/{slug}/unpublish")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Take a published article back to draft; needs If-Match. Emits dev.kinetic.article.unpublished.v1")
    public Response unpublish(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return ok(publishArticle.unpublish(slug, VersionTags.expected(ifMatch), Caller.name(security)));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Archive; needs If-Match")
    public Response archive(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return ok(publishArticle.archive(slug, VersionTags.expected(ifMatch), Caller.name(security)));
    }

    @POST
    @Path("/{slug}/findings/{findingId}/accept")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @Operation(summary = "Apply a finding's suggestion (e.g. add the suggested exercises to an empty section); needs If-Match")
    public Response acceptFinding(@PathParam("slug") String slug, @PathParam("findingId") String findingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        return ok(editArticle.acceptFinding(slug, findingId, VersionTags.expected(ifMatch), Caller.name(security)));
    }


    private static Response ok(Article article) {
        return Response.ok(ArticleMapper.toView(article)).tag(etag(article)).build();
    }

    private static RestResponse<byte[]> published(PublishedArticleCache.Rendered article, Request request, HttpServerRequest http) {
        EntityTag tag = VersionTags.of(article.version());
        if (VersionTags.notModified(http, request, tag)) {
            return RestResponse.notModified(tag);
        }
        return RestResponse.ResponseBuilder.ok(article.json()).tag(tag).build();
    }

    private static EntityTag etag(Article article) {
        return VersionTags.of(article.version());
    }


    /** The editor's content, or one problem naming every field and block that is wrong. */
    private Article content(ArticleRequest request) {
        if (request == null) {
            RequestChecks.reject(List.of(new Violation("request", "an article body is required")));
        }
        return ArticleMapper.content(request, checks.of(request));
    }

    /** Editors and admins see articles whole: unpublished ones, the author and the editorial findings. */
    private boolean editorial(HttpServerRequest http) {
        return Caller.inAnyRole(identities, http, Roles.EDITOR, Roles.ADMIN);
    }
}

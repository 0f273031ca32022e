package dev.kinetic.content.api;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.kinetic.content.domain.ArticleRuleException;
import dev.kinetic.content.domain.ArticleTooLargeException;
import dev.kinetic.platform.problem.ProblemResponses;
import dev.kinetic.platform.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** content-service's domain errors as problem+json; everything else goes through the platform's mapper. */
public class ContentProblems {

    /** An article with more blocks than one ingestion reads (the body itself may be within the size limit). */
    public static final ProblemType ARTICLE_TOO_LARGE = new ProblemType("article-too-large", 413,
            "The article has more blocks than one ingestion reads");

    /** A workflow step the article's current state does not allow. */
    public static final ProblemType INVALID_TRANSITION = new ProblemType("invalid-transition", 409,
            "Not allowed in the article's current state");

    private final ProblemResponses responses;

    public ContentProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response articleTooLarge(ArticleTooLargeException e, UriInfo uri) {
        return responses.of(ARTICLE_TOO_LARGE, e.getMessage(), uri.getRequestUri().getPath());
    }

    @ServerExceptionMapper
    public Response invalidTransition(ArticleRuleException e, UriInfo uri) {
        return responses.of(INVALID_TRANSITION, e.getMessage(), uri.getRequestUri().getPath());
    }
}

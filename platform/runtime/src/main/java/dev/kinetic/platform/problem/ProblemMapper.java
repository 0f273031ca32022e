package dev.kinetic.platform.problem;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The one place every service's errors become RFC 9457 problem+json: a stable type URI per kind,
 * field-level violations, and never a stack trace (unexpected errors log one under a reference
 * the response carries).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ProblemResponses responses;

    public ProblemMapper(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.of(e.type(), e.getMessage(), path(uri), e.violations());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = RequestChecks.violations(e.getConstraintViolations());
        return responses.of(ProblemType.VALIDATION_FAILED, violations.size() + " field(s) are not valid", path(uri), violations);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return responses.of(ProblemType.MALFORMED_REQUEST, JsonProblems.detail(e), path(uri), JsonProblems.violations(e));
    }

    /** Declared separately so it takes precedence over Quarkus' built-in mapper for this subtype. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return responses.of(ProblemType.UNAUTHORIZED, "Send a valid bearer token in the Authorization header", path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return responses.of(ProblemType.FORBIDDEN, "This operation needs a role your token does not have", path(uri));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return responses.of(ProblemType.CONFLICT, "The resource was changed concurrently; read it again and retry", path(uri));
    }

    /**
     * A use case bounded by a bulkhead had all its permits taken: shed the request at once, cheaply, instead of
     * letting it queue and hold memory (an unbounded burst of plan creations filled a 256 MB heap).
     */
    @ServerExceptionMapper
    public Response overloaded(BulkheadException e, UriInfo uri) {
        return Response.fromResponse(responses.of(ProblemType.OVERLOADED, "Too many requests of this kind are in progress; "
                + "retry after a second", path(uri))).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ProblemType.PRECONDITION_REQUIRED;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> null;
        };
        if (type == null) {
            return unexpected(e, uri);
        }
        return responses.of(type, detail(type, uri), path(uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (causedByUniqueViolation(e)) {
            return responses.of(ProblemType.CONFLICT, "A resource with the same identity already exists", path(uri));
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s, on %s", reference, path(uri));
        return responses.of(ProblemType.INTERNAL_ERROR, "Something went wrong on our side; quote reference " + reference,
                path(uri));
    }

    /** A unique or exclusion constraint rejected the write (the transaction has rolled back). */
    private static boolean causedByUniqueViolation(Throwable e) {
        return Causes.of(e).anyMatch(cause -> cause instanceof org.hibernate.exception.ConstraintViolationException violation
                && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE);
    }

    private static String detail(ProblemType type, UriInfo uri) {
        return switch (type.slug()) {
            case "not-found" -> "Nothing is found at " + path(uri);
            case "unsupported-media-type" -> "This endpoint does not accept that Content-Type";
            case "not-acceptable" -> "This endpoint cannot produce a type the Accept header allows";
            case "method-not-allowed" -> "This resource does not support that method";
            default -> type.title();
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }
}

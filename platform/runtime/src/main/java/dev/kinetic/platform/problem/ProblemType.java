package dev.kinetic.platform.problem;

/**
 * A kind of error: its stable type URI, HTTP status and title. Services define their own domain
 * kinds the same way (e.g. a stale version) beside the common ones here.
 */
public record ProblemType(String slug, int status, String title) {

    public static final String BASE_URI = "https://kinetic.dev/problems/";

    public static final ProblemType VALIDATION_FAILED = new ProblemType("validation-failed", 400, "The request is not valid");
    public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", 400, "The request body cannot be read");
    public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", 401, "A valid bearer token is required");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403, "The token's roles do not allow this");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404, "No such resource");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", 405, "Method not allowed on this resource");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", 406, "No acceptable representation");
    public static final ProblemType CONFLICT = new ProblemType("conflict", 409, "The request conflicts with the current state");
    public static final ProblemType PRECONDITION_FAILED = new ProblemType("precondition-failed", 412, "The resource changed since it was read");
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large", 413, "The request body is too large");
    public static final ProblemType RESOURCE_TOO_LARGE = new ProblemType("resource-too-large", 422, "The resource would be too large to publish");
    public static final ProblemType URI_TOO_LONG = new ProblemType("uri-too-long", 414, "The request URI is too long");
    public static final ProblemType HEADERS_TOO_LARGE = new ProblemType("headers-too-large", 431, "The request headers are too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type", 415, "Unsupported content type");
    public static final ProblemType PRECONDITION_REQUIRED = new ProblemType("precondition-required", 428, "This update needs an If-Match header");
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", 500, "Unexpected error");
    public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable", 503, "Temporarily unavailable");
    public static final ProblemType OVERLOADED = new ProblemType("overloaded", 503, "Too many requests in progress");

    public String uri() {
        return BASE_URI + slug;
    }
}

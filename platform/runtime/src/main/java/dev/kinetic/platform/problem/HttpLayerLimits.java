package dev.kinetic.platform.problem;

import java.util.Map;

import dev.kinetic.platform.http.RouteOrder;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The request limits, checked first of all on the router so their answers are problem+json like every
 * other error (the HTTP codec's own limits, set well above these, would answer with an empty body):
 * the target's length, the headers' size, a declared body's length, and a body sent without a length
 * (chunked), read here up to the limit. Errors the router itself raises before any resource runs are
 * answered as problems too. A malformed URI reaches the router (and RequestTarget refuses it) only when
 * the JVM runs with {@code -Dvertx.disableURIValidation=true}, which every launcher of the suite sets
 * (images, tests, the local suite): otherwise the server answers it with an empty 400 before any route.
 */
@ApplicationScoped
public class HttpLayerLimits {

    private static final String MALFORMED = "The request cannot be read (for example, a malformed URI)";

    private final HttpLimitsConfig limits;
    private final ProblemResponses responses;
    private final BodyHandler chunkedBodies;

    public HttpLayerLimits(HttpLimitsConfig limits, ProblemResponses responses) {
        this.limits = limits;
        this.responses = responses;
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(limits.maxBodySize());
    }

    void register(@Observes Router router) {
        router.route().order(RouteOrder.REQUEST_LIMITS).handler(this::check);
        router.route().order(RouteOrder.REQUEST_LIMITS).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > limits.maxUriLength()) {
            refuse(context, ProblemType.URI_TOO_LONG, "The request target has " + uri.length() + " characters; the limit is "
                    + limits.maxUriLength(), null);
            return;
        }
        try {
            // Decoded here, once for the request: a malformed escape found by the router's path matching would be
            // answered with a bare 400, outside every failure handler.
            context.normalizedPath();
        } catch (IllegalArgumentException e) {
            refuse(context, ProblemType.MALFORMED_REQUEST, MALFORMED, null);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, "The request headers have " + headerBytes + " bytes; the limit is "
                    + limits.maxHeaderBytes(), request.path());
            return;
        }
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLong(declared)) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "The body has " + declared + " bytes; the limit is " + limits.maxBodySize(),
                    request.path());
            return;
        }
        if (declared == null && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // Read here, bounded: over the limit the body handler fails the request with 413 (see failed).
            chunkedBodies.handle(context);
            return;
        }
        context.next();
    }

    /** Failures of the router itself (not of a resource, which JAX-RS answers): never an empty body. */
    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        // Below JAX-RS, an IllegalArgumentException comes from reading the request (e.g. a bad percent-escape), and an
        // authentication failure from Quarkus's authentication handlers.
        Throwable failure = context.failure();
        int status = failure instanceof IllegalArgumentException ? 400
                : failure instanceof AuthenticationFailedException ? 401 : context.statusCode();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemType.URI_TOO_LONG;
            case 431 -> ProblemType.HEADERS_TOO_LARGE;
            default -> context.statusCode() >= 500 || context.failure() != null ? ProblemType.INTERNAL_ERROR : null;
        };
        if (type == null) {
            context.next();
            return;
        }
        String detail = type == ProblemType.PAYLOAD_TOO_LARGE ? "The body is larger than " + limits.maxBodySize() + " bytes"
                : type == ProblemType.MALFORMED_REQUEST ? MALFORMED : type.title();
        refuse(context, type, detail, null);
    }

    private boolean tooLong(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limits.maxBodySize();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void refuse(RoutingContext context, ProblemType type, String detail, String instance) {
        // The unread body (or the rest of an oversized request) is not worth keeping the connection for.
        responses.end(context.response(), type, detail, instance);
    }
}

package dev.kinetic.platform.problem;

import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.kinetic.platform.validation.SafeText;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Refuses a path or query parameter holding a control character (a NUL most of all) before any
 * resource sees it: a 400 naming the part, where it would otherwise reach a query and fail there.
 */
public class RequestTarget {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request, HttpServerRequest http) {
        if (printable(http.uri())) {
            return; // nothing in it decodes to a control character: no need to decode the path and the query
        }
        String path;
        MultivaluedMap<String, String> query;
        try {
            path = request.getUriInfo().getPath(true);
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request target is not a valid URI (bad percent-encoding)");
        }
        if (!SafeText.singleLine(path)) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The path holds a control character",
                    List.of(new Violation("path", "must not contain control characters")));
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean clean = SafeText.singleLine(parameter.getKey()) && parameter.getValue().stream().allMatch(SafeText::singleLine);
            if (!clean) {
                throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A query parameter holds a control character",
                        List.of(new Violation(SafeText.singleLine(parameter.getKey()) ? parameter.getKey() : "query",
                                "must not contain control characters")));
            }
        }
    }

    /** Printable ASCII without a percent-escape, as nearly every request target is. */
    static boolean printable(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c >= '\u007f' || c == '%') {
                return false;
            }
        }
        return true;
    }
}

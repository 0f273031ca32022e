package dev.kinetic.platform.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * ETags of versioned resources are their version number, and updates must name the version they
 * were based on in If-Match: missing is 428, unreadable or stale is 412.
 */
public final class VersionTags {

    private VersionTags() {
    }

    /**
     * Whether a conditional read is answered 304 Not Modified, the client's copy being current (If-None-Match); a
     * failed If-Match is a precondition-failed problem, not an empty 412.
     */
    public static boolean notModified(HttpServerRequest http, Request request, EntityTag tag) {
        // Most reads carry neither header; JAX-RS's evaluation would copy every request header to find that out.
        if (http.getHeader(HttpHeaders.IF_NONE_MATCH) == null && http.getHeader(HttpHeaders.IF_MATCH) == null) {
            return false;
        }
        Response.ResponseBuilder decided = request.evaluatePreconditions(tag);
        if (decided == null) {
            return false;
        }
        if (decided.build().getStatus() == ProblemType.PRECONDITION_FAILED.status()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The resource is at version " + tag.getValue()
                    + ", which If-Match does not name");
        }
        return true;
    }

    /** Refuses a change made to another version than the current one: 412, naming both versions. */
    public static void requireCurrent(String resource, int current, int expected) {
        if (current != expected) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, resource + " is at version " + current + ", not " + expected
                    + "; read it again and reapply your change");
        }
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** The version an If-Match header names: {@code "3"} as our ETags are, also accepted weak or unquoted. */
    public static int expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so a concurrent change is not overwritten");
        }
        try {
            return Integer.parseInt(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch + " is not a version of this resource");
        }
    }
}

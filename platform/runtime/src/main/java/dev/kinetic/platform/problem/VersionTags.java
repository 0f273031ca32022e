package dev.kinetic.platform.problem;

import jakarta.ws.rs.core.EntityTag;

/**
 * ETags of versioned resources are their version number, and updates must name the version they
 * were based on in If-Match: missing is 428, unreadable or stale is 412.
 */
public final class VersionTags {

    private VersionTags() {
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

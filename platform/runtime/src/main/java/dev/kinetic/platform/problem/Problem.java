package dev.kinetic.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable URI naming the kind of error", examples = "https://kinetic.dev/problems/validation-failed") String type,
        @Schema(examples = "The request is not valid") String title,
        @Schema(examples = "400") int status,
        String detail,
        @Schema(description = "The request path", examples = "/api/v1/exercises") String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}

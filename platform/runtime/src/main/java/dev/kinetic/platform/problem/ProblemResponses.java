package dev.kinetic.platform.problem;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.platform.json.Json;

import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; serialised here so the media type never depends on content negotiation. */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response of(ProblemType type, String detail, String instance, List<Violation> violations) {
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(json(type, detail, instance, violations));
        if (type.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    public Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    /**
     * Ends {@code response} with the problem, for answers written on the router below JAX-RS (the HTTP layer's
     * limits, load shedding). The connection is closed: the request's body, if any, is left unread.
     */
    public void end(HttpServerResponse response, ProblemType type, String detail, String instance) {
        response.setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(json(type, detail, instance, List.of()));
    }

    /** The problem document itself, for answers written below JAX-RS (the HTTP layer's own limits). */
    public String json(ProblemType type, String detail, String instance, List<Violation> violations) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance, violations);
        return Json.write(mapper, problem);
    }
}

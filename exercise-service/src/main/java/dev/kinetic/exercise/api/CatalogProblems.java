package dev.kinetic.exercise.api;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.kinetic.exercise.domain.InvalidExerciseException;
import dev.kinetic.platform.problem.ProblemResponses;
import dev.kinetic.platform.problem.ProblemType;
import dev.kinetic.platform.problem.Violation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The catalog's domain errors as problem+json; everything else goes through the platform's mapper. */
public class CatalogProblems {

    private final ProblemResponses responses;

    public CatalogProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response invalidExercise(InvalidExerciseException e, UriInfo uri) {
        List<Violation> violations = e.errors().stream().map(err -> new Violation(err.field(), err.message())).toList();
        return responses.of(ProblemType.VALIDATION_FAILED, violations.size() + " catalog rule(s) broken",
                uri.getRequestUri().getPath(), violations);
    }
}

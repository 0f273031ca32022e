package dev.kinetic.plan.readmodel;

import dev.kinetic.contracts.catalog.CatalogVocabulary;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.kinetic.contracts.catalog.ExerciseEvent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** exercise-service's catalog snapshot, used only to bootstrap when the exercise-catalog topic is empty. */
@RegisterRestClient(configKey = "exercise-service")
@Path("/api/v1/exercises")
public interface ExerciseServiceClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(long revision, int count, List<ExerciseEvent> exercises, CatalogVocabulary vocabulary) {
    }

    @GET
    @Path("/snapshot")
    @Retry(maxRetries = 3, delay = 500)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    Snapshot snapshot();
}

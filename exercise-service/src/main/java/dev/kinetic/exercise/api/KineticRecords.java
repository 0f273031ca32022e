package dev.kinetic.exercise.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.exercise.application.ExerciseImporter;
import dev.kinetic.exercise.application.KineticFormat;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.domain.InvalidExerciseException;
import dev.kinetic.exercise.domain.Translation;
import dev.kinetic.platform.problem.JsonProblems;
import dev.kinetic.platform.problem.RequestChecks;
import dev.kinetic.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;

/** Records in Kinetic's own format read as {@link ExerciseRequest}s, with the request's constraints. */
@ApplicationScoped
public class KineticRecords implements KineticFormat {

    private final RequestChecks checks;
    private final ObjectMapper mapper;

    public KineticRecords(RequestChecks checks, ObjectMapper mapper) {
        this.checks = checks;
        this.mapper = mapper;
    }

    @Override
    public Translation translate(JsonNode record) {
        ExerciseRequest request;
        try {
            request = ExerciseImporter.RECORDS.treeToValue(record, ExerciseRequest.class);
        } catch (JsonProcessingException e) {
            return new Translation.Rejected(record.path("slug").asText(null), "unreadable record: " + JsonProblems.describe(e));
        }
        List<Violation> violations = checks.of(request);
        if (!violations.isEmpty()) {
            return new Translation.Rejected(request.slug(), violations.stream().limit(5).map(v -> v.field() + " " + v.message())
                    .collect(Collectors.joining("; ")));
        }
        try {
            return new Translation.Translated(ExerciseMapper.toDomain(request, ExerciseStatus.ACTIVE, 1), List.of());
        } catch (InvalidExerciseException e) {
            return new Translation.Rejected(request.slug(), e.getMessage());
        }
    }

    @Override
    public List<Exercise> readAll(InputStream in) {
        try {
            List<ExerciseRequest> requests = mapper.readValue(in, new TypeReference<List<ExerciseRequest>>() {
            });
            return requests.stream().map(r -> ExerciseMapper.toDomain(r, ExerciseStatus.ACTIVE, 1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

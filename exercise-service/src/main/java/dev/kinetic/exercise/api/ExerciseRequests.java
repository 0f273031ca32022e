package dev.kinetic.exercise.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.domain.InvalidExerciseException;
import dev.kinetic.platform.problem.RequestChecks;
import dev.kinetic.platform.problem.Violation;

/**
 * An editor's exercise checked whole: field constraints, vocabulary terms, the catalog's rules and the
 * request's own rules (given by the caller) are reported together, in one answer.
 */
final class ExerciseRequests {

    private ExerciseRequests() {
    }

    /**
     * The exercise {@code request} describes, or a validation problem listing everything wrong with it;
     * fields are reported under {@code prefix} (e.g. {@code "exercise."} inside a review).
     */
    static Exercise checked(RequestChecks checks, ExerciseRequest request, int version, String prefix, List<Violation> requestRules) {
        if (request == null) {
            RequestChecks.reject(List.of(new Violation(prefix.isEmpty() ? "request" : prefix.substring(0, prefix.length() - 1),
                    "an exercise is required")));
        }
        List<Violation> violations = new ArrayList<>(requestRules);
        checks.of(request).forEach(v -> violations.add(new Violation(prefix + v.field(), v.message())));
        Set<String> reported = violations.stream().map(Violation::field).collect(Collectors.toSet());
        try {
            Exercise exercise = ExerciseMapper.toDomain(request, ExerciseStatus.ACTIVE, version);
            RequestChecks.reject(violations);
            return exercise;
        } catch (InvalidExerciseException e) {
            // A field the constraints already named is not reported twice in other words.
            e.errors().stream().filter(err -> !reported.contains(prefix + err.field()))
                    .forEach(err -> violations.add(new Violation(prefix + err.field(), err.message())));
        } catch (RuntimeException e) {
            // A request the constraints refused (e.g. a null list entry) may not even build; they say why.
            if (violations.isEmpty()) {
                throw e;
            }
        }
        RequestChecks.reject(violations);
        throw new IllegalStateException("unreachable: violations were reported");
    }
}

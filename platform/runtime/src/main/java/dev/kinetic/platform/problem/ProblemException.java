package dev.kinetic.platform.problem;

import java.util.List;

/** An error the API reports as a problem of a given type, with optional offending fields. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "The request is not valid", List.of(new Violation(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }
}

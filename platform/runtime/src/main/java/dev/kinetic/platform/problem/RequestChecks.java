package dev.kinetic.platform.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Checks a request whole: its field constraints and the rules bean validation cannot express
 * (vocabularies, cross-field rules) are gathered and reported in one answer, not one round each.
 */
@ApplicationScoped
public class RequestChecks {

    /** The order violations are reported in: stable, by field then message. */
    private static final Comparator<Violation> REPORTED = Comparator.comparing(Violation::field).thenComparing(Violation::message);

    private final Validator validator;

    public RequestChecks(Validator validator) {
        this.validator = validator;
    }

    /** The field violations of {@code body} (none for a null body: the caller says it is required). */
    public List<Violation> of(Object body) {
        return body == null ? new ArrayList<>() : violations(validator.validate(body));
    }

    /** Throws one validation problem listing every violation, in a stable order, if there are any. */
    public static void reject(Collection<Violation> violations) {
        if (!violations.isEmpty()) {
            List<Violation> sorted = new ArrayList<>(violations);
            sorted.sort(REPORTED);
            throw new ProblemException(ProblemType.VALIDATION_FAILED, sorted.size() + " field(s) are not valid", sorted);
        }
    }

    static List<Violation> violations(Set<? extends ConstraintViolation<?>> constraintViolations) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : constraintViolations) {
            violations.add(new Violation(field(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(REPORTED);
        return violations;
    }

    /** The path a client would recognise: method and parameter nodes of a request body are left out. */
    static String field(Path propertyPath) {
        List<Path.Node> nodes = new ArrayList<>();
        propertyPath.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            boolean parameterWithProperties = kind == ElementKind.PARAMETER && i + 1 < nodes.size();
            if (parameterWithProperties) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "request" : field.toString();
    }
}

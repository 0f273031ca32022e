package dev.kinetic.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.kinetic.platform.validation.NoNulStrings;

/**
 * A body Jackson could not read, said in the client's terms: the JSON field and what was expected
 * there ("an integer", "a date such as 2026-12-07"), never Jackson's own message, which names the
 * server's classes.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** One line for a report (an import's rejected record): the field and what was expected there. */
    public static String describe(JsonProcessingException e) {
        List<Violation> violations = violations(e);
        return violations.isEmpty() ? detail(e) : violations.get(0).field() + ": " + violations.get(0).message();
    }

    static String detail(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        if (e instanceof StreamConstraintsException) {
            return "The body exceeds a JSON limit (nesting depth, number or string length)" + where;
        }
        if (!(e instanceof JsonMappingException)) {
            return "The body is not valid JSON" + where;
        }
        return "The body does not fit this request" + where;
    }

    static List<Violation> violations(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return List.of();
        }
        String field = jsonPath(mapping.getPath());
        return List.of(new Violation(field.isEmpty() ? "request" : field, expectation(mapping)));
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof NoNulStrings.NulCharacterException) {
            return NoNulStrings.MESSAGE;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown field" + (known.isEmpty() ? "" : "; known fields: " + String.join(", ", known));
        }
        if (e instanceof InvalidFormatException format) {
            return "not a valid value: expected " + described(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + described(mismatched.getTargetType());
        }
        return "not a valid value here";
    }

    /** What a Java type is, in JSON words. */
    static String described(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-07";
        }
        if (type == LocalTime.class) {
            return "a time such as 18:00";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date-time such as 2026-12-07T07:00:00Z";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of the documented values";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a different value";
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

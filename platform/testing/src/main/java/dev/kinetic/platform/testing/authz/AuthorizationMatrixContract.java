package dev.kinetic.platform.testing.authz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.platform.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what, as one table per service: every operation of the service's OpenAPI document against every
 * kind of caller — none, two partners, an editor, an admin, a token for another audience, an expired token — with
 * the status each must get. The table must name every operation the document has (and no other), so a new
 * endpoint fails the build until its access is decided here. The result is written to
 * {@code target/authorization/<service>.md}.
 */
public abstract class AuthorizationMatrixContract {

    /** The kinds of caller every operation is tried with. */
    public enum Caller {
        ANONYMOUS, PARTNER_A, PARTNER_B, EDITOR, ADMIN, OTHER_AUDIENCE, EXPIRED;

        String token() {
            return switch (this) {
                case ANONYMOUS -> null;
                case PARTNER_A -> TestTokens.partner(PARTNER_A_ID);
                case PARTNER_B -> TestTokens.partner("matrix-partner-b");
                case EDITOR -> TestTokens.editor();
                case ADMIN -> TestTokens.admin();
                case OTHER_AUDIENCE -> TestTokens.forAnotherAudience(PARTNER_A_ID, "partner");
                case EXPIRED -> TestTokens.expired(PARTNER_A_ID, "partner");
            };
        }
    }

    /** The partner whose resources the sample requests name (partner B must not reach them). */
    public static final String PARTNER_A_ID = "matrix-partner-a";

    /**
     * Who may call an operation and what an allowed call gets: {@code roles} empty means everyone (public); an
     * allowed call gets {@code allowed} unless {@code exceptions} says otherwise for that caller. A caller the
     * roles do not include gets 403 with a valid token and 401 without one; an invalid token always gets 401.
     */
    public record Access(Set<String> roles, int allowed, Map<Caller, Integer> exceptions) {

        public static Access open(int allowed) {
            return new Access(Set.of(), allowed, Map.of());
        }

        public static Access roles(int allowed, String... roles) {
            return new Access(Set.of(roles), allowed, Map.of());
        }

        public Access except(Caller caller, int status) {
            Map<Caller, Integer> more = new EnumMap<>(Caller.class);
            more.putAll(exceptions);
            more.put(caller, status);
            return new Access(roles, allowed, more);
        }

        public int expected(Caller caller) {
            if (caller == Caller.OTHER_AUDIENCE || caller == Caller.EXPIRED) {
                return 401;
            }
            String role = switch (caller) {
                case PARTNER_A, PARTNER_B -> "partner";
                case EDITOR -> "editor";
                case ADMIN -> "admin";
                default -> null;
            };
            boolean allowedHere = roles.isEmpty() || (role != null && roles.contains(role));
            if (!allowedHere) {
                return role == null ? 401 : 403;
            }
            return exceptions.getOrDefault(caller, allowed);
        }
    }

    /** One concrete request for an operation. */
    public record Call(String path, String contentType, String body, Map<String, String> headers) {
    }

    @TestHTTPResource(value = "openapi", management = true)
    URL openapi;

    /** The service's name in the report. */
    protected abstract String service();

    /** Every operation of the service's own ({@code "GET /api/v1/plans/{id}"}) and its access. */
    protected abstract Map<String, Access> matrix();

    /** The platform's operations every service serves: the outbox's parked events, for operators only. */
    static final Map<String, Access> PLATFORM_ROWS = rows(
            "GET /api/v1/operations/outbox/parked", Access.roles(200, "admin"),
            // An event id that was never parked.
            "POST /api/v1/operations/outbox/parked/{eventId}/retry", Access.roles(404, "admin"),
            "DELETE /api/v1/operations/outbox/parked/{eventId}", Access.roles(404, "admin"));

    private Map<String, Access> table() {
        Map<String, Access> all = new LinkedHashMap<>(matrix());
        all.putAll(PLATFORM_ROWS);
        return all;
    }

    /** A versioned write (If-Match on version 1), with a JSON body: on a missing resource an allowed caller gets 404. */
    protected static Call versionedWrite(Call call) {
        return new Call(call.path(), call.contentType() == null ? "application/json" : call.contentType(),
                call.body() == null ? "{}" : call.body(), Map.of("If-Match", "\"1\""));
    }

    /** The concrete request for an operation: path parameters filled in, a body where it takes one. */
    protected abstract Call call(String method, String template);

    /** Runs once before the calls, e.g. to create partner A's resources. */
    protected void prepare() {
    }

    /** A call with the path's parameters from {@code values} and, for writes, an empty JSON object. */
    protected static Call jsonCall(String method, String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        boolean write = method.equals("POST") || method.equals("PUT");
        path = path.replace("{eventId}", "00000000-0000-4000-8000-000000000000");
        return new Call(path, write ? "application/json" : null, write ? "{}" : null, Map.of());
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() {
        Set<String> documented = operations();
        assertThat(new TreeSet<>(table().keySet())).as("the authorization matrix of %s", service())
                .containsExactlyElementsOf(documented);
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        prepare();
        Map<String, Access> matrix = table();
        List<String> mismatches = new ArrayList<>();
        StringBuilder report = new StringBuilder("# Authorization matrix: ").append(service()).append("\n\n| operation |");
        for (Caller caller : Caller.values()) {
            report.append(' ').append(caller.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" |");
        }
        report.append("\n|---|").append("---|".repeat(Caller.values().length)).append('\n');
        int cells = 0;
        for (String operation : new TreeSet<>(matrix.keySet())) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            Call call = call(method, template);
            report.append("| `").append(operation).append("` |");
            for (Caller caller : Caller.values()) {
                int expected = matrix.get(operation).expected(caller);
                int actual = send(method, call, caller.token());
                cells++;
                report.append(' ').append(actual).append(actual == expected ? "" : " (expected " + expected + ")").append(" |");
                if (actual != expected) {
                    mismatches.add(operation + " as " + caller + ": " + actual + ", expected " + expected);
                }
            }
            report.append('\n');
        }
        report.append('\n').append(matrix.size()).append(" operations × ").append(Caller.values().length).append(" callers = ")
                .append(cells).append(" calls, ").append(mismatches.size()).append(" mismatches\n");
        write(report.toString());
        assertThat(mismatches).as("calls whose status differs from the matrix (see target/authorization/%s.md)", service()).isEmpty();
    }

    private static int send(String method, Call call, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        call.headers().forEach(request::header);
        if (call.contentType() != null) {
            request.contentType(call.contentType()).body(call.body());
        }
        return request.request(method, call.path()).then().extract().statusCode();
    }

    private Set<String> operations() {
        try {
            JsonNode paths = new ObjectMapper().readTree(given().accept("application/json").get(openapi).then().statusCode(200)
                    .extract().asString()).path("paths");
            Set<String> operations = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                    String method = methods.next();
                    if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String report) {
        try {
            Path file = Path.of("target", "authorization", service() + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Map literal helper for subclasses' tables, in order. */
    protected static Map<String, Access> rows(Object... operationsAndAccess) {
        Map<String, Access> rows = new LinkedHashMap<>();
        for (int i = 0; i < operationsAndAccess.length; i += 2) {
            rows.put((String) operationsAndAccess[i], (Access) operationsAndAccess[i + 1]);
        }
        return rows;
    }
}

package dev.kinetic.exercise.api;

import java.util.Map;

import dev.kinetic.exercise.ExerciseServiceTest;
import dev.kinetic.platform.testing.authz.AuthorizationMatrixContract;

/** exercise-service's authorization matrix: the catalog is public to read; editors and admins change it. */
@ExerciseServiceTest
class ExerciseAuthorizationIT extends AuthorizationMatrixContract {

    private static final String EXISTING = "glute-bridge";
    private static final String MISSING = "matrix-no-such-exercise";

    @Override
    protected String service() {
        return "exercise-service";
    }

    @Override
    protected Map<String, Access> matrix() {
        String editors = "editor";
        String admins = "admin";
        return rows(
                "GET /api/v1/exercises", Access.open(200),
                "GET /api/v1/exercises/search", Access.open(200),
                "GET /api/v1/exercises/snapshot", Access.open(200),
                "GET /api/v1/exercises/patterns", Access.open(200),
                "GET /api/v1/exercises/levels", Access.open(200),
                "GET /api/v1/exercises/conditions", Access.open(200),
                "GET /api/v1/exercises/{slug}", Access.open(200),
                "GET /api/v1/exercises/{slug}/ladder", Access.open(200),
                "GET /api/v1/muscles", Access.open(200),
                "GET /api/v1/muscles/groups", Access.open(200),
                "GET /api/v1/equipment", Access.open(200),
                // Writes with an empty body, or on an exercise that does not exist: refused for what they are,
                // once the caller may write at all.
                "POST /api/v1/exercises", Access.roles(400, editors, admins),
                "POST /api/v1/exercises/import", Access.roles(400, editors, admins),
                // An empty replacement is refused before the exercise is looked up.
                "PUT /api/v1/exercises/{slug}", Access.roles(400, editors, admins),
                "DELETE /api/v1/exercises/{slug}", Access.roles(404, editors, admins),
                "GET /api/v1/exercises/reviews", Access.roles(200, editors, admins),
                "POST /api/v1/exercises/{slug}/approve", Access.roles(404, editors, admins),
                "POST /api/v1/exercises/{slug}/reject", Access.roles(404, editors, admins),
                "POST /api/v1/exercises/approvals", Access.roles(400, editors, admins));
    }

    @Override
    protected Call call(String method, String template) {
        boolean read = method.equals("GET");
        Call call = jsonCall(method, template, Map.of("slug", read ? EXISTING : MISSING));
        if (template.endsWith("/search")) {
            return new Call(call.path() + "?q=bridge", null, null, Map.of());
        }
        if (!read && template.contains("{slug}")) {
            // A versioned write on an exercise that does not exist: an allowed caller learns just that.
            return versionedWrite(call);
        }
        return call;
    }
}

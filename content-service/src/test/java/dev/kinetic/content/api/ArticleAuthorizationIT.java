package dev.kinetic.content.api;

import static io.restassured.RestAssured.given;

import java.util.Map;

import dev.kinetic.content.ContentServiceTest;
import dev.kinetic.platform.testing.TestTokens;
import dev.kinetic.platform.testing.authz.AuthorizationMatrixContract;
import io.restassured.http.ContentType;

/** content-service's authorization matrix: published articles are public; editors and admins write. */
@ContentServiceTest
class ArticleAuthorizationIT extends AuthorizationMatrixContract {

    private static final String MISSING = "matrix-no-such-article";
    private String published;

    @Override
    protected String service() {
        return "content-service";
    }

    @Override
    protected void prepare() {
        String editor = TestTokens.editor();
        published = given().auth().oauth2(editor).contentType(ContentType.JSON)
                .body("""
                        {"title": "Matrix article", "locale": "en", "summary": "For the authorization matrix",
                         "sections": [{"heading": "Start", "blocks": [{"type": "paragraph", "text": "Bridges help."}]}],
                         "tags": {"muscles": [], "conditions": [], "exercises": []}}""")
                .post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        given().auth().oauth2(editor).header("If-Match", "\"1\"").post("/api/v1/articles/" + published + "/submit").then().statusCode(200);
        given().auth().oauth2(editor).header("If-Match", "\"2\"").post("/api/v1/articles/" + published + "/publish").then().statusCode(200);
    }

    @Override
    protected Map<String, Access> matrix() {
        String editors = "editor";
        String admins = "admin";
        return rows(
                "GET /api/v1/articles", Access.open(200),
                "GET /api/v1/articles/search", Access.open(200),
                "GET /api/v1/articles/locales", Access.open(200),
                "GET /api/v1/articles/{slug}", Access.open(200),
                "POST /api/v1/articles", Access.roles(400, editors, admins),
                "POST /api/v1/articles/ingest", Access.roles(400, editors, admins),
                // Versioned writes, well formed, on an article that does not exist.
                // An empty replacement is refused before the article is looked up.
                "PUT /api/v1/articles/{slug}", Access.roles(400, editors, admins),
                "GET /api/v1/articles/{slug}/revisions", Access.roles(200, editors, admins),
                "GET /api/v1/articles/{slug}/revisions/{version}", Access.roles(200, editors, admins),
                "POST /api/v1/articles/{slug}/revisions/{version}/restore", Access.roles(404, editors, admins),
                "POST /api/v1/articles/{slug}/submit", Access.roles(404, editors, admins),
                "POST /api/v1/articles/{slug}/publish", Access.roles(404, editors, admins),
                "POST /api/v1/articles/{slug}/schedule", Access.roles(404, editors, admins),
                "POST /api/v1/articles/{slug}/unpublish", Access.roles(404, editors, admins),
                "POST /api/v1/articles/{slug}/archive", Access.roles(404, editors, admins),
                "POST /api/v1/articles/{slug}/findings/{findingId}/accept", Access.roles(404, editors, admins));
    }

    @Override
    protected Call call(String method, String template) {
        boolean read = method.equals("GET");
        Call call = jsonCall(method, template, Map.of("slug", read ? published : MISSING, "version", "1", "findingId", "none"));
        if (template.endsWith("/search")) {
            return new Call(call.path() + "?q=bridges", null, null, Map.of());
        }
        if (template.endsWith("/ingest")) {
            return new Call(call.path(), "text/plain", " ", Map.of());
        }
        if (!read && template.contains("{slug}")) {
            // A well-formed versioned write on an article that does not exist: an allowed caller learns just that.
            String body = template.endsWith("/schedule") ? "{\"publishAt\": \"2030-01-01T08:00:00Z\"}" : call.body();
            return versionedWrite(new Call(call.path(), call.contentType(), body, Map.of()));
        }
        return call;
    }
}

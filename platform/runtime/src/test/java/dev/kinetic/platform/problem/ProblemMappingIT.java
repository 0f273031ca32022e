package dev.kinetic.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every error kind, on a real endpoint, comes back as problem+json with a stable type. */
@PlatformFixtureTest
class ProblemMappingIT {

    private static final String WIDGETS = "/test/widgets";

    @Test
    void invalidBodyNamesEveryOffendingFieldByItsJsonPath() {
        problem(given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"id\":\"Not A Slug\",\"name\":\"\",\"parts\":[{\"label\":\"ok\"},{\"label\":\" \"}]}")
                .post(WIDGETS), 400, "validation-failed")
                .body("violations.field", containsInAnyOrder("id", "name", "parts[1].label"));
    }

    @Test
    void invalidQueryParameterIsNamed() {
        problem(given().queryParam("size", 1000).get(WIDGETS), 400, "validation-failed")
                .body("violations.field", containsInAnyOrder("size"))
                .body("violations.message", hasItem(containsString("100")));
    }

    @Test
    void unreadableJsonIsMalformed() {
        problem(given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("{\"id\": \"a\", ")
                .post(WIDGETS), 400, "malformed-request");
    }

    @Test
    void unknownFieldIsRejectedAndNamedSoItCannotSlipIntoStoredState() {
        problem(given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"id\":\"w-unknown\",\"name\":\"x\",\"version\":99}")
                .post(WIDGETS), 400, "malformed-request")
                .body("violations.field", containsInAnyOrder("version"));
        given().get(WIDGETS + "/w-unknown").then().statusCode(404);
    }

    @Test
    void missingResourceAndUnknownPathAreNotFound() {
        problem(given().get(WIDGETS + "/no-such-widget"), 404, "not-found")
                .body("detail", containsString("no-such-widget"))
                .body("instance", equalTo(WIDGETS + "/no-such-widget"));
        problem(given().get("/api/v1/nothing-here"), 404, "not-found");
    }

    @Test
    void wrongMethodIsNotAllowed() {
        problem(given().auth().oauth2(TestTokens.editor()).delete(WIDGETS + "/anything"), 405, "method-not-allowed");
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        problem(given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT).body("id=x")
                .post(WIDGETS), 415, "unsupported-media-type");
    }

    @Test
    void unacceptableAcceptHeaderIsNotAcceptable() {
        problem(given().accept("application/xml").get(WIDGETS + "/x"), 406, "not-acceptable");
    }

    @Test
    void oversizedBodyIsRejectedBeforeItIsRead() {
        String name = "x".repeat(5000);
        problem(given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"id\":\"big\",\"name\":\"" + name + "\"}")
                .post(WIDGETS), 413, "payload-too-large");
    }

    @Test
    void missingOrUntrustedTokenIsUnauthorized() {
        problem(given().contentType(ContentType.JSON).body("{\"id\":\"w-anon\",\"name\":\"x\"}").post(WIDGETS),
                401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().auth().oauth2(TestTokens.fromForeignIssuer("mallory", "editor")).contentType(ContentType.JSON)
                .body("{\"id\":\"w-foreign\",\"name\":\"x\"}").post(WIDGETS), 401, "unauthorized");
        problem(given().auth().oauth2("not.a.jwt").contentType(ContentType.JSON)
                .body("{\"id\":\"w-garbage\",\"name\":\"x\"}").post(WIDGETS), 401, "unauthorized");
    }

    @Test
    void wrongRoleIsForbidden() {
        problem(given().auth().oauth2(TestTokens.partner("acme")).contentType(ContentType.JSON)
                .body("{\"id\":\"w-partner\",\"name\":\"x\"}").post(WIDGETS), 403, "forbidden");
    }

    @Test
    void endpointWithoutRoleDeclarationIsDenied() {
        problem(given().auth().oauth2(TestTokens.admin()).get(WIDGETS + "/unannotated"), 403, "forbidden");
    }

    @Test
    void duplicateCreateIsAConflict() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"id\":\"w-twice\",\"name\":\"first\"}").post(WIDGETS).then().statusCode(200);
        problem(given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"id\":\"w-twice\",\"name\":\"second\"}").post(WIDGETS), 409, "conflict");
        given().get(WIDGETS + "/w-twice").then().body("name", equalTo("first"));
    }

    @Test
    void unexpectedErrorLeaksNoInternals() {
        problem(given().get(WIDGETS + "/boom"), 500, "internal-error")
                .body("detail", containsString("reference"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at dev.kinetic")));
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String slug) {
        return response.then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.BASE_URI + slug))
                .body("status", equalTo(status))
                .body("title", not(equalTo("")));
    }
}

package dev.kinetic.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import dev.kinetic.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every error kind, on a real endpoint, comes back as problem+json with a stable type. */
@PlatformFixtureTest
class ProblemMappingIT {

    private static final String WIDGETS = "/test/widgets";

    @jakarta.inject.Inject
    dev.kinetic.platform.fixture.HeldWork held;

    @Test
    void aFullBulkheadShedsTheRequestAtOnceAsOverloadedWithRetryAfter() throws Exception {
        java.util.concurrent.CompletableFuture<String> first = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> given().get(WIDGETS + "/held").then().statusCode(200).extract().asString());
        held.awaitEntered();
        try {
            given().get(WIDGETS + "/held").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1").body("type", equalTo("https://kinetic.dev/problems/overloaded"));
        } finally {
            held.release();
        }
        assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("done");
    }

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
    void aChunkedBodyIsHeldToTheSameLimit() throws Exception {
        byte[] body = ("{\"id\":\"chunked\",\"name\":\"" + "x".repeat(8000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + WIDGETS))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.editor())
                // No length known up front: the client sends the body chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("content-type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(response.body()).contains(ProblemType.BASE_URI + "payload-too-large");
        given().get(WIDGETS + "/chunked").then().statusCode(404);
    }

    @Test
    void aTooLongTargetAndTooLargeHeadersAreProblemsToo() {
        problem(given().get(WIDGETS + "/" + "a".repeat(9000)), 414, "uri-too-long");
        problem(given().queryParam("size", "1").queryParam("pad", "b".repeat(9000)).get(WIDGETS), 414, "uri-too-long");
        problem(given().header("X-Padding", "c".repeat(17000)).get(WIDGETS), 431, "headers-too-large");
    }

    @Test
    void aNulByteIsRefusedInPathsQueriesAndBodies() throws Exception {
        problem(given().urlEncodingEnabled(false).get(WIDGETS + "/w%00x"), 400, "malformed-request")
                .body("violations.field", containsInAnyOrder("path"));
        problem(given().urlEncodingEnabled(false).get(WIDGETS + "?size=1%00"), 400, "malformed-request")
                .body("violations.field", containsInAnyOrder("size"));
        problem(given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"id\":\"w-nul\",\"name\":\"a\\u0000b\"}").post(WIDGETS), 400, "malformed-request")
                .body("violations.field", containsInAnyOrder("name"));
        assertThat(raw("GET " + WIDGETS + "/%zz HTTP/1.1")).startsWith("HTTP/1.1 400").contains(Problem.MEDIA_TYPE)
                .contains(ProblemType.BASE_URI + "malformed-request").containsIgnoringCase("X-Content-Type-Options: nosniff");
        given().get(WIDGETS + "/w-nul").then().statusCode(404);
    }

    @Test
    void missingOrUntrustedTokenIsUnauthorized() {
        problem(given().contentType(ContentType.JSON).body("{\"id\":\"w-anon\",\"name\":\"x\"}").post(WIDGETS),
                401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
        // A bad token is answered once, by the exception mappers (the router answering it too, first, lost the challenge).
        problem(given().auth().oauth2(TestTokens.fromForeignIssuer("mallory", "editor")).contentType(ContentType.JSON)
                .body("{\"id\":\"w-foreign\",\"name\":\"x\"}").post(WIDGETS), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().auth().oauth2("not.a.jwt").contentType(ContentType.JSON)
                .body("{\"id\":\"w-garbage\",\"name\":\"x\"}").post(WIDGETS), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
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

    /** A request no URI class would build, written on a socket; returns the whole answer. */
    private static String raw(String requestLine) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status, String slug) {
        return response.then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                // Every problem, whether JAX-RS or the router below it answered, is marked not to be sniffed.
                .header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo(ProblemType.BASE_URI + slug))
                .body("status", equalTo(status))
                .body("title", not(equalTo("")));
    }
}

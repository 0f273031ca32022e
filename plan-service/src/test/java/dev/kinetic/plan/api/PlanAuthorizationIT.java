package dev.kinetic.plan.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import dev.kinetic.plan.PlanServiceTest;
import dev.kinetic.platform.testing.TestTokens;
import dev.kinetic.platform.testing.authz.AuthorizationMatrixContract;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;

/** plan-service's authorization matrix: partners see only their own plans and webhooks; operators reach the outbox. */
@PlanServiceTest
class PlanAuthorizationIT extends AuthorizationMatrixContract {

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    private String planOfPartnerA;
    private String webhookOfPartnerA;
    private String doomedWebhookOfPartnerA;
    private String deliveryOfPartnerA;

    @Override
    protected String service() {
        return "plan-service";
    }

    @Override
    protected void prepare() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get(ready).then().statusCode(200));
        planOfPartnerA = given().auth().oauth2(TestTokens.partner(PARTNER_A_ID)).contentType(ContentType.JSON)
                .body(PlanBodies.seedCase(1)).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        webhookOfPartnerA = webhook();
        doomedWebhookOfPartnerA = webhook();
        deliveryOfPartnerA = given().auth().oauth2(TestTokens.partner(PARTNER_A_ID)).post("/api/v1/webhooks/" + webhookOfPartnerA + "/ping")
                .then().statusCode(200).extract().path("deliveryId");
    }

    /** An endpoint of partner A on a loopback port nothing listens on: pings and deliveries fail fast. */
    private static String webhook() {
        return given().auth().oauth2(TestTokens.partner(PARTNER_A_ID)).contentType(ContentType.JSON)
                .body("{\"url\":\"http://127.0.0.1:9/matrix\",\"eventTypes\":[\"dev.kinetic.plan.paused.v1\"]}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    @Override
    protected Map<String, Access> matrix() {
        return rows(
                // An empty body is refused once the caller may ask for plans at all.
                "POST /api/v1/plans", Access.roles(400, "partner"),
                "GET /api/v1/plans", Access.roles(200, "partner"),
                "GET /api/v1/plans/goals", Access.open(200),
                // Partner B and an admin name partner A's plan: B must not learn it exists; an admin may read any.
                "GET /api/v1/plans/{id}", Access.roles(200, "partner", "admin").except(Caller.PARTNER_B, 404),
                "GET /api/v1/plans/{id}.ics", Access.roles(200, "partner", "admin").except(Caller.PARTNER_B, 404),
                "POST /api/v1/plans/{id}/sessions/{session}/feedback", Access.roles(200, "partner").except(Caller.PARTNER_B, 404),
                // Webhooks are partners' own: B naming A's endpoint learns nothing; editors and admins manage none.
                "POST /api/v1/webhooks", Access.roles(400, "partner"),
                "GET /api/v1/webhooks", Access.roles(200, "partner"),
                "GET /api/v1/webhooks/{id}", Access.roles(200, "partner").except(Caller.PARTNER_B, 404),
                "DELETE /api/v1/webhooks/{id}", Access.roles(204, "partner").except(Caller.PARTNER_B, 404),
                "POST /api/v1/webhooks/{id}/secret", Access.roles(200, "partner").except(Caller.PARTNER_B, 404),
                "POST /api/v1/webhooks/{id}/enable", Access.roles(200, "partner").except(Caller.PARTNER_B, 404),
                "POST /api/v1/webhooks/{id}/ping", Access.roles(200, "partner").except(Caller.PARTNER_B, 404),
                "GET /api/v1/webhooks/{id}/deliveries", Access.roles(200, "partner").except(Caller.PARTNER_B, 404),
                "POST /api/v1/webhooks/{id}/deliveries/{delivery}/redeliver",
                Access.roles(202, "partner").except(Caller.PARTNER_B, 404));
    }

    @Override
    protected Call call(String method, String template) {
        if (template.startsWith("/api/v1/webhooks")) {
            // The deletion gets an endpoint of its own, so the rows after it still find theirs.
            String id = method.equals("DELETE") ? doomedWebhookOfPartnerA : webhookOfPartnerA;
            return jsonCall(method, template, Map.of("id", id, "delivery", deliveryOfPartnerA));
        }
        Call call = jsonCall(method, template, Map.of("id", planOfPartnerA, "session", "1"));
        if (template.endsWith("/feedback")) {
            return new Call(call.path(), "application/json", "{\"completed\":true,\"painDuring\":1,\"painNextDay\":1}", Map.of());
        }
        return call;
    }
}

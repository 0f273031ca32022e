package dev.kinetic.plan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.kinetic.plan.PlanServiceTest;
import dev.kinetic.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Who may call the plans API, as whom, how often, and what the answers let caches and browsers do. */
@PlanServiceTest
class PartnerAccessIT {

    private static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/plans");
    }

    @Test
    void tokensForAnotherAudienceExpiredOrIssuedForTenYearsAreRefusedWithAProblem() {
        for (String token : new String[] { TestTokens.forAnotherAudience("partner-x", "partner"), TestTokens.expired("partner-x", "partner"),
                TestTokens.issuedForTenYears("partner-x", "partner"), TestTokens.fromForeignIssuer("partner-x", "partner") }) {
            given().auth().oauth2(token).get("/api/v1/plans").then().statusCode(401)
                    .contentType("application/problem+json").body("type", containsString("unauthorized"));
            // Public operations too: a presented token must be valid.
            given().auth().oauth2(token).get("/api/v1/plans/goals").then().statusCode(401);
        }
    }

    @Test
    void aPartnerTokenWithoutThePartnerClaimIsForbiddenSayingWhy() {
        given().auth().oauth2(TestTokens.partnerWithoutClient("someone")).get("/api/v1/plans").then().statusCode(403)
                .contentType("application/problem+json").body("type", containsString("partner-unknown"))
                .body("detail", containsString("'azp'"));
    }

    @Test
    void theSameUserNameInTwoPartnersAppsNeverSeesTheOtherPartnersPlans() {
        String appA = TestTokens.partnerApp("app-a", "shared-user");
        String appB = TestTokens.partnerApp("app-b", "shared-user");
        String id = create(appA, PlanBodies.seedCase(1)).then().statusCode(201).extract().path("id");

        given().auth().oauth2(appA).get("/api/v1/plans/" + id).then().statusCode(200);
        given().auth().oauth2(appB).get("/api/v1/plans/" + id).then().statusCode(404);
        given().auth().oauth2(appB).get("/api/v1/plans/" + id + ".ics").then().statusCode(404);
        assertThat(given().auth().oauth2(appB).get("/api/v1/plans").then().statusCode(200).extract().<String>jsonPath()
                .getList("items.id", String.class)).doesNotContain(id);
        given().auth().oauth2(appB).contentType(ContentType.JSON)
                .body("{\"completed\":true,\"painDuring\":1,\"painNextDay\":1}")
                .post("/api/v1/plans/" + id + "/sessions/1/feedback").then().statusCode(404);
    }

    @Test
    void aBurstOverThePartnersQuotaGets429WithRetryAfterAndTheRateLimitHeaders() {
        String token = TestTokens.partner("burst-partner");
        for (int i = 0; i < 3; i++) {
            create(token, PlanBodies.seedCase(1)).then().statusCode(201)
                    .header("RateLimit-Policy", "\"plan-create\";q=3;w=60")
                    .header("RateLimit", matchesPattern("\"plan-create\";r=" + (2 - i) + ";t=\\d+"));
        }
        create(token, PlanBodies.seedCase(1)).then().statusCode(429).contentType("application/problem+json")
                .body("type", containsString("too-many-requests"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit", matchesPattern("\"plan-create\";r=0;t=\\d+"));
        // Other partners have their own buckets.
        create(TestTokens.partner("calm-partner"), PlanBodies.seedCase(1)).then().statusCode(201);
    }

    @Test
    void partnerAnswersAreNeverStoredByCachesNorSniffed() {
        String token = TestTokens.partner("partner-cache");
        String id = create(token, PlanBodies.seedCase(1)).then().statusCode(201)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").extract().path("id");
        given().auth().oauth2(token).get("/api/v1/plans/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        given().auth().oauth2(token).get("/api/v1/plans/not-a-plan").then().header("X-Content-Type-Options", "nosniff");
        // A public answer without credentials is not sniffed either, and keeps the caching its resource chose.
        given().get("/api/v1/plans/goals").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", anyOf(nullValue(), not(containsString("no-store"))));
    }

    @Test
    void browsersMayCallFromTheAllowedPartnerOriginsOnly() {
        given().header("Origin", "https://partner-app.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, Idempotency-Key")
                .options("/api/v1/plans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner-app.example");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/plans").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://partner-app.example").get("/api/v1/plans/goals").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://partner-app.example"));
    }
}

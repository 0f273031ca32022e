package dev.kinetic.plan.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import dev.kinetic.plan.PlanServiceTest;
import dev.kinetic.platform.testing.EventContracts;
import dev.kinetic.platform.testing.EventFeed;
import dev.kinetic.platform.testing.TestTokens;
import dev.kinetic.platform.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Partners' webhooks end to end: plan changes reach the plan's own partner, signed, retried, once per webhook-id. */
@PlanServiceTest
class WebhookIT {

    @Inject
    EntityManager entityManager;

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String ALL_TYPES = "[\"dev.kinetic.plan.generated.v1\",\"dev.kinetic.plan.adjusted.v1\",\"dev.kinetic.plan.paused.v1\"]";
    private static WebhookReceiver receiver;

    @io.quarkus.test.common.http.TestHTTPResource(value = "asyncapi", management = true)
    java.net.URL asyncapi;

    @io.quarkus.test.common.http.TestHTTPResource(value = "metrics", management = true)
    java.net.URL metrics;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private static JsonPath subscribe(String token, String path) {
        return subscribe(token, path, ALL_TYPES);
    }

    private static JsonPath subscribe(String token, String path, String eventTypes) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\":\"" + receiver.url(path) + "\",\"eventTypes\":" + eventTypes + ",\"description\":\"test\"}")
                .post(WEBHOOKS).then().statusCode(201).extract().jsonPath();
    }

    private static String createPlan(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(PlanBodies.seedCase(1)).post("/api/v1/plans").then()
                .statusCode(201).extract().path("id");
    }

    private static List<WebhookReceiver.Received> about(String path, String planId, int expected) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> receiver.at(path).stream().filter(r -> r.body().contains(planId)).toList(), l -> l.size() >= expected);
    }

    @Test
    void aPlanChangeReachesThePartnersEndpointSignedAndWithoutHealthData() throws Exception {
        String token = TestTokens.partner("hook-partner");
        JsonPath endpoint = subscribe(token, "/signed");
        assertThat(endpoint.getString("secret")).startsWith("whsec_");
        String planId = createPlan(token);

        WebhookReceiver.Received delivery = about("/signed", planId, 1).get(0);
        new Webhook(endpoint.getString("secret")).verify(delivery.body(), delivery.headerLists());
        assertThatThrownBy(() -> new Webhook(endpoint.getString("secret")).verify(delivery.body().replace("plan", "PLAN"),
                delivery.headerLists())).isInstanceOf(WebhookVerificationException.class);
        // The webhook-id is the plan event's CloudEvent id, so duplicates are recognisable downstream too.
        String eventId = TopicReader.header(TopicReader.withKey("plan-events", planId, 1).get(0), "ce_id");
        assertThat(delivery.id()).isEqualTo(eventId);
        assertThat(delivery.headers()).containsKeys("webhook-timestamp", "webhook-signature").containsEntry("content-type", "application/json");

        JsonPath body = JsonPath.from(delivery.body());
        assertThat(body.getString("type")).isEqualTo("dev.kinetic.plan.generated.v1");
        assertThat(body.getString("data.url")).endsWith("/api/v1/plans/" + planId);
        assertThat(body.getString("data.outcome")).isEqualTo("plan");
        assertThat(delivery.body()).doesNotContain("screening", "conditions", "low-back-pain", "hook-partner", "exercises");
        assertThat(EventContracts.webhookViolations(delivery.body())).isEmpty();

        given().auth().oauth2(token).get(WEBHOOKS + "/" + endpoint.getString("id") + "/deliveries").then().statusCode(200)
                .body("items.find { it.webhookId == '" + eventId + "' }.status", equalTo("delivered"))
                .body("items.find { it.webhookId == '" + eventId + "' }.attemptLog[0].statusCode", equalTo(200));
        assertThat(given().get(metrics).then().extract().asString())
                .containsPattern("kinetic_webhooks_attempts_total\\{[^}]*outcome=\"delivered\"[^}]*\\} [1-9]")
                .contains("kinetic_webhooks_delivery_latency_seconds_count");
        // The secret is shown once: never in the endpoint's resource.
        given().auth().oauth2(token).get(WEBHOOKS + "/" + endpoint.getString("id")).then().statusCode(200)
                .body("status", equalTo("enabled")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
    }

    @Test
    void theServiceServesTheAsyncApiDocumentTheEventsAndWebhooksAreCheckedAgainst() throws Exception {
        String served = given().get(asyncapi).then().statusCode(200).contentType("application/json").extract().asString();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(served)).isEqualTo(dev.kinetic.contracts.AsyncApi.document());
        // What plan-service actually emitted follows the document's messages.
        String token = TestTokens.partner("hook-asyncapi");
        subscribe(token, "/asyncapi");
        String planId = createPlan(token);
        var event = TopicReader.withKey("plan-events", planId, 1).get(0);
        assertThat(EventContracts.violations(TopicReader.header(event, "ce_type"), event.value())).isEmpty();
        assertThat(EventContracts.webhookViolations(about("/asyncapi", planId, 1).get(0).body())).isEmpty();
        assertThat(EventContracts.webhookViolations("{\"type\":\"dev.kinetic.plan.generated.v1\",\"data\":{}}")).isNotEmpty();
    }

    @Test
    void partnerBsEndpointsNeverReceiveAnEventAboutPartnerAsPlans() {
        String a = TestTokens.partner("hook-a");
        String b = TestTokens.partner("hook-b");
        JsonPath aEndpoint = subscribe(a, "/a");
        subscribe(b, "/b");
        String planA = createPlan(a);
        given().auth().oauth2(a).contentType(ContentType.JSON).body("{\"completed\":true,\"effort\":7,\"painDuring\":4,\"painNextDay\":7}")
                .post("/api/v1/plans/" + planA + "/sessions/1/feedback").then().statusCode(200);
        String planB = createPlan(b);

        assertThat(about("/a", planA, 2)).extracting(r -> JsonPath.from(r.body()).getString("type"))
                .containsExactlyInAnyOrder("dev.kinetic.plan.generated.v1", "dev.kinetic.plan.adjusted.v1");
        about("/b", planB, 1);
        assertThat(receiver.at("/b")).noneMatch(r -> r.body().contains(planA));
        assertThat(receiver.at("/a")).noneMatch(r -> r.body().contains(planB));
        // Nor can B see or change A's endpoint.
        String aId = aEndpoint.getString("id");
        given().auth().oauth2(b).get(WEBHOOKS + "/" + aId).then().statusCode(404);
        given().auth().oauth2(b).get(WEBHOOKS + "/" + aId + "/deliveries").then().statusCode(404);
        given().auth().oauth2(b).post(WEBHOOKS + "/" + aId + "/ping").then().statusCode(404);
        given().auth().oauth2(b).delete(WEBHOOKS + "/" + aId).then().statusCode(404);
        assertThat(given().auth().oauth2(b).get(WEBHOOKS).then().statusCode(200).extract().<String>jsonPath()
                .getList("items.id", String.class)).doesNotContain(aId);
    }

    @Test
    void aReceiverThatIsDownGetsEveryDeliveryWhenItReturnsAndAcknowledgesEachOnce() {
        String token = TestTokens.partner("hook-down");
        String endpoint = subscribe(token, "/down").getString("id");
        receiver.answer("/down", 503);
        List<String> plans = List.of(createPlan(token), createPlan(token), createPlan(token));
        await().atMost(Duration.ofSeconds(20)).until(() -> plans.stream().allMatch(p -> receiver.at("/down").stream()
                .filter(r -> r.body().contains(p)).count() >= 2));
        receiver.answer("/down", 200);

        await().atMost(Duration.ofSeconds(20)).until(() -> plans.stream().allMatch(p -> receiver.at("/down").stream()
                .anyMatch(r -> r.body().contains(p) && r.answered() == 200)));
        // Once acknowledged, never again: each webhook-id got exactly one 2xx, and the endpoint stayed enabled.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        for (String plan : plans) {
            List<WebhookReceiver.Received> got = receiver.at("/down").stream().filter(r -> r.body().contains(plan)).toList();
            assertThat(got.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
            assertThat(got.stream().filter(r -> r.answered() == 200)).hasSize(1);
        }
        given().auth().oauth2(token).get(WEBHOOKS + "/" + endpoint).then().body("status", equalTo("enabled"));
        given().auth().oauth2(token).get(WEBHOOKS + "/" + endpoint + "/deliveries").then()
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("delivered")))
                .body("items[0].attemptLog.statusCode", hasItem(503));
    }

    @Test
    void deliveriesInFlightAreNeverSentTwiceWhenAReturningReceiverReleasesTheBacklog() {
        String token = TestTokens.partner("hook-slow");
        String endpoint = subscribe(token, "/slow").getString("id");
        receiver.answer("/slow", 503);
        List<String> plans = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            plans.add(createPlan(token));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> plans.stream().allMatch(p -> receiver.at("/slow").stream()
                .anyMatch(r -> r.body().contains(p))));
        // Back, but slow: the first success sends the waiting deliveries at once while others are still being answered.
        receiver.delay("/slow", 400);
        receiver.answer("/slow", 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.stream().allMatch(p -> receiver.at("/slow").stream()
                .anyMatch(r -> r.body().contains(p) && r.answered() == 200)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        for (String plan : plans) {
            assertThat(receiver.at("/slow").stream().filter(r -> r.body().contains(plan) && r.answered() == 200)).as(plan).hasSize(1);
        }
        given().auth().oauth2(token).get(WEBHOOKS + "/" + endpoint).then().body("status", equalTo("enabled"));
    }

    @Test
    void aHangingReceiverHoldsBackOnlyItsOwnDeliveries() {
        String slow = TestTokens.partner("hook-hanging");
        String fast = TestTokens.partner("hook-unaffected");
        subscribe(slow, "/hanging");
        subscribe(fast, "/unaffected");
        receiver.delay("/hanging", 1_500);
        List<String> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            waiting.add(createPlan(slow));
        }
        long start = System.nanoTime();
        String other = createPlan(fast);
        about("/unaffected", other, 1);
        // More deliveries wait for the hanging receiver than a replica has senders (32), yet the other partner's arrives.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_500);
        assertThat(receiver.mostAtOnce("/hanging")).isBetween(1, 8);
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting.stream().allMatch(p -> receiver.at("/hanging").stream()
                .anyMatch(r -> r.body().contains(p))));
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledWithTheReasonAndCanBeEnabledAndRedelivered() {
        String token = TestTokens.partner("hook-broken");
        String endpoint = subscribe(token, "/broken").getString("id");
        receiver.answer("/broken", 500);
        String plan = createPlan(token);

        // The test profile gives up after 6 s (production: 24 h).
        JsonPath disabled = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().auth().oauth2(token).get(WEBHOOKS + "/" + endpoint).then().extract().jsonPath(),
                p -> "disabled".equals(p.getString("status")));
        assertThat(disabled.getString("disabledReason")).contains("HTTP 500").contains("attempts");
        JsonPath log = given().auth().oauth2(token).get(WEBHOOKS + "/" + endpoint + "/deliveries").then().extract().jsonPath();
        String delivery = log.getString("items[0].id");
        assertThat(log.getString("items[0].status")).isEqualTo("failed");
        assertThat(log.getInt("items[0].attempts")).isGreaterThan(2);

        // While disabled: no redelivery; once enabled and fixed, the same message arrives with the same webhook-id.
        given().auth().oauth2(token).post(WEBHOOKS + "/" + endpoint + "/deliveries/" + delivery + "/redeliver").then()
                .statusCode(409).body("type", containsString("webhook-disabled"));
        receiver.answer("/broken", 204);
        given().auth().oauth2(token).post(WEBHOOKS + "/" + endpoint + "/enable").then().statusCode(200).body("status", equalTo("enabled"));
        given().auth().oauth2(token).post(WEBHOOKS + "/" + endpoint + "/deliveries/" + delivery + "/redeliver").then().statusCode(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/broken").stream()
                .anyMatch(r -> r.body().contains(plan) && r.answered() == 204));
        assertThat(receiver.at("/broken").stream().filter(r -> r.body().contains(plan)).map(WebhookReceiver.Received::id).distinct())
                .hasSize(1);
    }

    @Test
    void privateLoopbackOnlyWhenAllowedAndUnknownTypesAreRefusedWithTheFields() {
        String token = TestTokens.partner("hook-ssrf");
        for (String url : List.of("https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data", "http://[fd00::1]/hook",
                "ftp://example.org/hook", "https://user:pw@example.org/hook", "https://192.168.1.10:8443/")) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"url\":\"" + url + "\",\"eventTypes\":[\"dev.kinetic.plan.generated.v1\"]}").post(WEBHOOKS).then()
                    .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("url"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\":\"" + receiver.url("/x") + "\",\"eventTypes\":[\"dev.kinetic.plan.deleted.v1\"]}").post(WEBHOOKS).then()
                .statusCode(400).body("violations.field", hasItem("eventTypes[0]"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"url\":\"" + receiver.url("/x") + "\"}").post(WEBHOOKS).then()
                .statusCode(400).body("violations.field", hasItem("eventTypes"));
        // Editors and admins manage no partner's webhooks.
        given().auth().oauth2(TestTokens.editor()).get(WEBHOOKS).then().statusCode(403);
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneUntilTheOverlapEnds() throws Exception {
        String token = TestTokens.partner("hook-rotate");
        JsonPath endpoint = subscribe(token, "/rotate");
        String id = endpoint.getString("id");
        String first = endpoint.getString("secret");
        JsonPath rotated = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"overlapSeconds\":3600}")
                .post(WEBHOOKS + "/" + id + "/secret").then().statusCode(200).extract().jsonPath();
        String second = rotated.getString("secret");
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        assertThat(rotated.getString("previousSecretExpiresAt")).isNotNull();

        given().auth().oauth2(token).post(WEBHOOKS + "/" + id + "/ping").then().statusCode(200).body("delivered", equalTo(true))
                .body("statusCode", equalTo(200));
        WebhookReceiver.Received ping = receiver.at("/rotate").get(0);
        assertThat(ping.headers().get("webhook-signature").split(" ")).hasSize(2);
        new Webhook(first).verify(ping.body(), ping.headerLists());
        new Webhook(second).verify(ping.body(), ping.headerLists());
        assertThat(EventContracts.webhookViolations(ping.body())).isEmpty();

        String third = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"overlapSeconds\":0}")
                .post(WEBHOOKS + "/" + id + "/secret").then().statusCode(200).extract().path("secret");
        given().auth().oauth2(token).post(WEBHOOKS + "/" + id + "/ping").then().statusCode(200);
        WebhookReceiver.Received after = receiver.at("/rotate").get(1);
        new Webhook(third).verify(after.body(), after.headerLists());
        assertThatThrownBy(() -> new Webhook(second).verify(after.body(), after.headerLists()))
                .isInstanceOf(WebhookVerificationException.class);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"overlapSeconds\":9999999}")
                .post(WEBHOOKS + "/" + id + "/secret").then().statusCode(400);
    }

    @Test
    void aPingSaysWhatTheReceiverAnsweredAndIsLogged() {
        String token = TestTokens.partner("hook-ping");
        String id = subscribe(token, "/ping-fails").getString("id");
        receiver.answer("/ping-fails", 418);
        given().auth().oauth2(token).post(WEBHOOKS + "/" + id + "/ping").then().statusCode(200).body("delivered", equalTo(false))
                .body("statusCode", equalTo(418)).body("webhookId", startsWith("ping_"));
        given().auth().oauth2(token).get(WEBHOOKS + "/" + id + "/deliveries").then()
                .body("items[0].eventType", equalTo("dev.kinetic.webhook.ping.v1")).body("items[0].status", equalTo("failed"))
                .body("items[0].attemptLog[0].statusCode", equalTo(418));
        // A failed ping is not retried and does not count against the endpoint.
        given().auth().oauth2(token).get(WEBHOOKS + "/" + id).then().body("status", equalTo("enabled"));
    }

    @Test
    void aPartnerHasAtMostItsQuotaOfEndpointsAndDeletingOneFreesAPlace() {
        String token = TestTokens.partner("hook-many");
        String first = subscribe(token, "/m1").getString("id");
        subscribe(token, "/m2");
        subscribe(token, "/m3");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"url\":\"" + receiver.url("/m4") + "\",\"eventTypes\":" + ALL_TYPES + "}").post(WEBHOOKS).then()
                .statusCode(409).body("type", containsString("webhook-limit-reached"));
        given().auth().oauth2(token).delete(WEBHOOKS + "/" + first).then().statusCode(204);
        given().auth().oauth2(token).get(WEBHOOKS + "/" + first).then().statusCode(404);
        subscribe(token, "/m4");
        assertThat(given().auth().oauth2(token).get(WEBHOOKS).then().extract().<String>jsonPath().getList("items.url", String.class))
                .containsExactly(receiver.url("/m2"), receiver.url("/m3"), receiver.url("/m4"));
    }

    @Test
    void aRedeliveredEventIsSentOnceAndAPoisonEventGoesToTheDeadLetters() {
        String partner = "hook-dup";
        subscribe(TestTokens.partner(partner), "/dup");
        String planId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String data = generatedData(planId, partner);
        EventFeed.sendAsIs("plan-events", planId, "dev.kinetic.plan.generated.v1", eventId, data);
        EventFeed.sendAsIs("plan-events", planId, "dev.kinetic.plan.generated.v1", eventId, data);
        String poisonKey = UUID.randomUUID().toString();
        EventFeed.sendAsIs("plan-events", poisonKey, "dev.kinetic.plan.generated.v1", "{\"planId\":\"" + poisonKey + "\"}");

        assertThat(TopicReader.withKey("plan-events.dlq", poisonKey, 1)).hasSize(1);
        about("/dup", planId, 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(receiver.at("/dup").stream().filter(r -> r.body().contains(planId)).map(WebhookReceiver.Received::id))
                .containsExactly(eventId);
    }

    @Test
    void eventsReadTogetherWithBadOnesAreStillSentAndOnlyTheBadOnesAreDeadLettered() {
        String partner = "hook-burst";
        subscribe(TestTokens.partner(partner), "/burst");
        List<String> plans = new ArrayList<>();
        List<EventFeed.RawEvent> burst = new ArrayList<>();
        String unreadable = UUID.randomUUID().toString();
        String unstorable = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            String planId = UUID.randomUUID().toString();
            plans.add(planId);
            burst.add(generated(planId, partner, UUID.randomUUID().toString()));
            if (i == 2) {
                // Never valid: no partner. The others of the poll must not share its fate.
                burst.add(new EventFeed.RawEvent(unreadable, "dev.kinetic.plan.generated.v1", UUID.randomUUID().toString(),
                        "{\"planId\":\"" + unreadable + "\"}"));
            }
            if (i == 4) {
                // Valid until the database refuses it (PostgreSQL text holds no NUL): the poll's transaction fails.
                burst.add(generated(unstorable, partner, "id-with-\u0000-nul"));
            }
        }
        EventFeed.sendAllAsIs("plan-events", burst);

        for (String planId : plans) {
            about("/burst", planId, 1);
        }
        assertThat(TopicReader.matching("plan-events.dlq", r -> r.key().equals(unreadable) || r.key().equals(unstorable), 2))
                .extracting(r -> r.key()).containsExactlyInAnyOrder(unreadable, unstorable);
        assertThat(receiver.at("/burst")).hasSize(plans.size());
    }

    @Test
    void aPollOfSeveralPartnersEventsReachesOnlyTheEndpointsSubscribedToEachEventsPartnerAndType() {
        String all = "hook-mix-all";
        String adjustedOnly = "hook-mix-adjusted";
        subscribe(TestTokens.partner(all), "/mix-all");
        subscribe(TestTokens.partner(adjustedOnly), "/mix-adjusted", "[\"dev.kinetic.plan.adjusted.v1\"]");
        String allPlan = UUID.randomUUID().toString();
        String otherAllPlan = UUID.randomUUID().toString();
        String adjustedPlan = UUID.randomUUID().toString();
        String unsubscribedPlan = UUID.randomUUID().toString();
        String adjustment = UUID.randomUUID().toString();
        // One burst, so one poll holds events of three partners (one without endpoints) and of two types.
        EventFeed.sendAllAsIs("plan-events", List.of(
                generated(allPlan, all, UUID.randomUUID().toString()),
                generated(adjustedPlan, adjustedOnly, UUID.randomUUID().toString()),
                generated(unsubscribedPlan, "hook-mix-none", UUID.randomUUID().toString()),
                new EventFeed.RawEvent(adjustedPlan, "dev.kinetic.plan.adjusted.v1", adjustment, generatedData(adjustedPlan, adjustedOnly)),
                generated(otherAllPlan, all, UUID.randomUUID().toString())));

        about("/mix-all", allPlan, 1);
        about("/mix-all", otherAllPlan, 1);
        about("/mix-adjusted", adjustedPlan, 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(receiver.at("/mix-all")).hasSize(2).noneMatch(r -> r.body().contains(adjustedPlan) || r.body().contains(unsubscribedPlan));
        assertThat(receiver.at("/mix-adjusted")).extracting(WebhookReceiver.Received::id).containsExactly(adjustment);
    }

    @Test
    void anEndpointRowListingATypeTwiceStillGetsItsDeliveries() {
        String partner = "hook-twice";
        UUID endpoint = UUID.fromString(subscribe(TestTokens.partner(partner), "/twice").getString("id"));
        // The API stores each type once; a row written otherwise (by hand, or by an older release) must not fail a poll.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE webhook_endpoint SET event_types = ARRAY['dev.kinetic.plan.generated.v1', 'dev.kinetic.plan.generated.v1'] WHERE id = ?1")
                .setParameter(1, endpoint).executeUpdate());
        String planId = UUID.randomUUID().toString();
        EventFeed.sendAllAsIs("plan-events", List.of(generated(planId, partner, UUID.randomUUID().toString())));

        about("/twice", planId, 1);
    }

    private static EventFeed.RawEvent generated(String planId, String partner, String eventId) {
        return new EventFeed.RawEvent(planId, "dev.kinetic.plan.generated.v1", eventId, generatedData(planId, partner));
    }

    /** The data of a plan's first version as plan-service emits it, for a partner's plan. */
    private static String generatedData(String planId, String partner) {
        return "{\"planId\":\"" + planId + "\",\"partner\":\"" + partner + "\",\"version\":1,\"outcome\":\"plan\",\"status\":\"active\"}";
    }
}

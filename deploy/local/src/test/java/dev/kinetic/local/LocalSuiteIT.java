package dev.kinetic.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.kinetic.client.plan.ApiClient;
import dev.kinetic.client.plan.api.PlansApi;
import dev.kinetic.client.plan.model.FeedbackResult;
import dev.kinetic.client.plan.model.Plan;
import dev.kinetic.client.plan.model.PlanRequest;
import dev.kinetic.client.plan.model.SessionFeedback;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The README's start command, as a test: the packaged services come up on the project's own
 * PostgreSQL and Kafka, each ready and answering; the suite's end-to-end journey runs across all
 * three; and everything is gone after shutdown.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalSuiteIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new ApiClient().getObjectMapper();
    private static Path home;
    private static LocalSuiteOptions options;
    private static LocalSuite suite;

    @BeforeAll
    static void startSuite() throws Exception {
        home = Files.createTempDirectory("kinetic-local-it-");
        Path root = LocalSuiteOptions.findRoot(Path.of("").toAbsolutePath());
        options = LocalSuiteOptions.ephemeral(root, home);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        suite = LocalSuite.start(options, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopSuiteAndCheckNothingIsLeft() throws Exception {
        if (suite != null) {
            suite.close();
        }
        try {
            for (ServiceSpec service : options.services()) {
                assertThat(refused("http://127.0.0.1:" + service.managementPort() + "/q/health/live"))
                        .as("%s stopped", service.name()).isTrue();
            }
        } finally {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String api(int service) {
        return "http://127.0.0.1:" + suite.services().get(service).httpPort();
    }

    @Test
    @Order(1)
    void startsEveryServiceReadyWithDemoDataAcrossTheSuite() throws Exception {
        for (ServiceSpec service : suite.services()) {
            HttpResponse<String> ready = get("http://127.0.0.1:" + service.managementPort() + "/q/health/ready");
            assertThat(ready.statusCode()).as("%s readiness", service.name()).isEqualTo(200);
            assertThat(ready.body()).contains("\"UP\"");

            HttpResponse<String> unknown = get("http://127.0.0.1:" + service.httpPort() + "/api/v1/not-a-resource");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        // Demo data crosses the whole suite: exercise-service seeds its catalog, the relay publishes it, content-service
        // consumes it and then publishes its sample articles linked to those exercises.
        assertThat(get(api(0) + "/api/v1/exercises/glute-bridge").statusCode()).isEqualTo(200);
        String article = api(1) + "/api/v1/articles/weak-glutes-and-lower-back-pain-what-helps";
        await().atMost(Duration.ofSeconds(90)).until(() -> get(article).statusCode() == 200);
        assertThat(get(article).body()).contains("\"glute-bridge\"", "\"clamshell\"", "\"dead-bug\"", "\"bird-dog\"");
        assertThat(suite.tokens()).containsOnlyKeys("editor", "partner", "admin")
                .allSatisfy((role, token) -> assertThat(token.split("\\.")).hasSize(3));
        assertThat(suite.timings()).containsKeys("postgresql", "kafka", "exercise-service", "content-service",
                "plan-service", "suite");
        System.out.println("Local suite start timings: " + suite.timings());
    }

    /**
     * The journey: an editor ingests and publishes a seed-like article and adds an exercise; a partner
     * gets a plan for weak glutes with lower back pain that uses the new exercise and links the
     * article; high next-day pain regresses it; retiring the exercise substitutes it. The partner's part goes through
     * the generated Java client, and each change reaches the partner's webhook endpoint, signed.
     */
    @Test
    @Order(2)
    void anEditorsArticleAndExerciseReachAPartnersPlanWhichAdaptsToPainAndToRetirement() throws Exception {
        String editor = suite.tokens().get("editor");
        String partner = suite.tokens().get("partner");

        String text = Files.readString(options.root().resolve("content-service/src/test/resources/ingest/weak-hips-blog-post.txt"));
        JsonPath ingested = given().auth().oauth2(editor).contentType("text/plain; charset=UTF-8").body(text)
                .post(api(1) + "/api/v1/articles/ingest").then().statusCode(201).extract().jsonPath();
        String article = ingested.getString("article.slug");
        String finding = ingested.getString("article.findings[0].id");
        String articles = api(1) + "/api/v1/articles/" + article;
        given().auth().oauth2(editor).header("If-Match", "\"1\"").post(articles + "/findings/" + finding + "/accept").then()
                .statusCode(200);
        given().auth().oauth2(editor).header("If-Match", "\"2\"").post(articles + "/submit").then().statusCode(200);
        given().auth().oauth2(editor).header("If-Match", "\"3\"").post(articles + "/publish").then().statusCode(200)
                .body("status", equalTo("published"));

        String exercise = "banded-standing-abduction";
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("""
                {"slug":"%s","name":"Banded standing abduction","aliases":[],"summary":"Side leg raise against a mini band.",
                 "instructions":["Stand tall with a band above the knees.","Lift one leg out to the side and lower slowly."],
                 "cues":["Keep the pelvis level."],"mistakes":["Leaning the trunk away."],
                 "primaryMuscles":["gluteus-medius"],"secondaryMuscles":["gluteus-minimus"],"equipment":["mini-band"],
                 "pattern":"hip-abduction","level":"beginner","mechanic":"isolation","laterality":"unilateral",
                 "position":"standing","spinalLoad":"none","dosage":{"sets":2,"repsMin":10,"repsMax":15},
                 "contraindications":[],"regression":"clamshell","progression":null,"media":[]}""".formatted(exercise))
                .post(api(0) + "/api/v1/exercises").then().statusCode(201);

        // The partner's side runs through the generated Java client, and its webhooks reach the demo receiver.
        PlansApi plans = new PlansApi(partnerClient(partner));
        String request = """
                {"goals":["glute-strength","low-back-pain-relief"],"level":"beginner","equipment":["mini-band"],
                 "daysPerWeek":3,"minutesPerSession":30,"weeks":4,"conditions":["low-back-pain"],"currentPain":3,"age":41,
                 "screening":{"saddleNumbness":false,"newBladderProblems":false,"bowelIncontinence":false,
                  "progressiveLegWeakness":false,"recentTrauma":"none","osteoporosis":false,"historyOfCancer":false,
                  "feverOrChills":false,"unexplainedWeightLoss":false,"recentBacterialInfection":false,
                  "intravenousDrugUse":false,"immunosuppression":false,"painWorseLyingDownOrAtNight":false,"newEpisode":false},
                 "timeZone":"Europe/London","locale":"en"}""";
        PlanRequest planRequest = MAPPER.readValue(request, PlanRequest.class);
        Plan created = await().atMost(Duration.ofSeconds(30)).until(() -> plans.createPlan(planRequest, null, null),
                p -> exercises(json(p)).contains(exercise) && json(p).prettify().contains("\"" + article + "\""));
        JsonPath plan = json(created);
        assertThat(plan.getString("outcome")).isEqualTo("plan");
        assertThat(plan.getList("plan.weeks.sessions.flatten().items.flatten().articles.flatten().slug", String.class))
                .contains(article);
        UUID id = created.getId();

        FeedbackResult feedback = plans.recordFeedback(id, 1, new SessionFeedback().completed(true).effort(7).painDuring(4).painNextDay(7));
        assertThat(String.valueOf(feedback.getAction())).isEqualTo("regress");
        assertThat(feedback.getPlanVersion()).isEqualTo(2);

        given().auth().oauth2(editor).header("If-Match", "\"1\"").delete(api(0) + "/api/v1/exercises/" + exercise).then()
                .statusCode(200);
        Plan substituted = await().atMost(Duration.ofSeconds(30)).until(() -> plans.getPlan(id), p -> p.getVersion() == 3);
        assertThat(substituted.getChanges()).singleElement().asString().contains(exercise + " was retired");
        assertThat(exercises(json(substituted))).doesNotContain(exercise);

        // Each change reached the partner's endpoint once, signed with its secret (the receiver verifies).
        List<DemoWebhookReceiver.Delivery> delivered = await().atMost(Duration.ofSeconds(30)).until(
                () -> suite.webhookReceiver().deliveries().stream().filter(d -> d.planId().equals(id.toString())).toList(),
                d -> d.size() >= 3);
        assertThat(delivered).allMatch(DemoWebhookReceiver.Delivery::verified);
        assertThat(delivered).extracting(DemoWebhookReceiver.Delivery::type).containsExactlyInAnyOrder(
                "dev.kinetic.plan.generated.v1", "dev.kinetic.plan.adjusted.v1", "dev.kinetic.plan.adjusted.v1");
        assertThat(delivered.stream().map(DemoWebhookReceiver.Delivery::webhookId).distinct()).hasSize(3);
        assertThat(Files.readString(home.resolve("logs/webhook-receiver.log"))).contains(id.toString());
    }

    private static ApiClient partnerClient(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(api(2));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static JsonPath json(Object model) {
        try {
            return JsonPath.from(MAPPER.writeValueAsString(model));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hostile-input scenario across the suite: a 12,000-entry media list is refused whole (it used to be
     * accepted and then block the catalog's event stream for good), and the next catalog changes still
     * reach plan-service within seconds.
     */
    @Test
    @Order(3)
    void aHugeCatalogWriteIsRefusedAndTheNextChangesStillReachPlanService() throws Exception {
        String editor = suite.tokens().get("editor");
        String planMetrics = "http://127.0.0.1:" + suite.services().get(2).managementPort() + "/q/metrics";
        long before = catalogVersion(get(planMetrics).body());
        String exercise = "huge-media-probe";
        String body = """
                {"slug":"%s","name":"Huge media probe","aliases":[],"summary":null,"instructions":["Stand tall."],
                 "cues":[],"mistakes":[],"primaryMuscles":["gluteus-medius"],"secondaryMuscles":[],"equipment":["bodyweight"],
                 "pattern":"hip-abduction","level":"beginner","mechanic":"isolation","laterality":"unilateral",
                 "position":"standing","spinalLoad":"none","dosage":{"sets":2,"repsMin":10,"repsMax":15},
                 "contraindications":[],"regression":null,"progression":null,"media":[%s]}""";
        String oneImage = "{\"url\":\"https://media.example.org/a.jpg\",\"type\":\"image\",\"licence\":\"CC0-1.0\"}";
        String huge = body.formatted(exercise, String.join(",", java.util.Collections.nCopies(12_000, oneImage)));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(huge).post(api(0) + "/api/v1/exercises").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem("media"));

        long sent = System.nanoTime();
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(body.formatted(exercise, oneImage))
                .post(api(0) + "/api/v1/exercises").then().statusCode(201);
        given().auth().oauth2(editor).header("If-Match", "\"1\"").delete(api(0) + "/api/v1/exercises/" + exercise).then()
                .statusCode(200);
        // Created (+1) and retired (+1): plan-service's catalog version is the sum of the versions it holds.
        await().atMost(Duration.ofSeconds(10)).until(() -> catalogVersion(get(planMetrics).body()) >= before + 2);
        System.out.printf("catalog changes after a refused huge write reached plan-service in %d ms%n",
                (System.nanoTime() - sent) / 1_000_000);
        String exerciseMetrics = get("http://127.0.0.1:" + suite.services().get(0).managementPort() + "/q/metrics").body();
        assertThat(exerciseMetrics).containsPattern("kinetic_outbox_parked_total(\\{[^}]*\\})? 0\\.0");
    }

    /**
     * Each service stopped and started again, as a rolling update replaces a pod: it stops without an error (content-service's
     * scheduled jobs once ran on after Hibernate had closed, failing every second until the stop ended) and is ready again,
     * with the CPU its start used measured.
     */
    @Test
    @Order(4)
    void everyServiceStopsWithoutAnErrorAndStartsAgain() throws Exception {
        for (ServiceSpec service : options.services()) {
            String stoppedFrom = LocalDateTime.now().format(StartUpSteps.LOGGED);
            LocalSuite.Restart again = suite.restart(service.name());
            // The process's own CPU up to ready: some, and no more than its cores could give it in that time.
            assertThat(again.cpu()).as("%s's CPU up to ready", service.name()).hasValueSatisfying(cpu -> assertThat(cpu)
                    .isPositive().isLessThanOrEqualTo(again.took().multipliedBy(Runtime.getRuntime().availableProcessors())
                            .plusMillis(100)));
            List<String> restart = linesFrom(home.resolve("logs").resolve(service.name() + ".log"), stoppedFrom);
            assertThat(stopLines(restart)).as("%s's log of its stop", service.name()).anyMatch(line -> line.contains("stopped in"))
                    .noneMatch(line -> line.contains(" ERROR ") || line.contains("EntityManagerFactory is closed"));
            // Its schema is current: the start again reads the history and leaves Flyway alone (MigrateAtStart).
            assertThat(restart).as("%s's log of its start again", service.name())
                    .anyMatch(line -> line.contains("Flyway not started")).noneMatch(line -> line.contains("FlywayExecutor"));
            assertThat(get("http://127.0.0.1:" + service.managementPort() + "/q/health/ready").statusCode())
                    .as("%s ready again", service.name()).isEqualTo(200);
        }
    }

    /** A service's log from {@code from} (its own timestamp format) on. */
    private static List<String> linesFrom(Path log, String from) throws Exception {
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        int first = 0;
        while (first < lines.size() && !(lines.get(first).matches("^\\d{4}-.*") && lines.get(first).compareTo(from) >= 0)) {
            first++;
        }
        return lines.subList(first, lines.size());
    }

    /** Those lines up to the one saying the service stopped. */
    private static List<String> stopLines(List<String> lines) {
        int last = 0;
        while (last < lines.size() && !lines.get(last).contains("stopped in")) {
            last++;
        }
        return lines.subList(0, Math.min(last + 1, lines.size()));
    }

    private static long catalogVersion(String metrics) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^kinetic_catalog_version(\\{[^}]*\\})? ([0-9.E+]+)$").matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(2)) : -1;
    }

    private static List<String> exercises(JsonPath plan) {
        return plan.getList("plan.weeks.sessions.flatten().items.flatten().exercise", String.class);
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean refused(String uri) throws Exception {
        try {
            get(uri);
            return false;
        } catch (ConnectException e) {
            return true;
        }
    }
}

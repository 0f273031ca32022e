package dev.kinetic.content.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.content.ContentServiceTest;
import dev.kinetic.content.persistence.CatalogReadModel;
import dev.kinetic.platform.testing.TestTokens;
import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;
import dev.kinetic.platform.testing.EventFeed;
import dev.kinetic.platform.testing.EventContracts;
import dev.kinetic.platform.testing.TopicReader;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Ingest a seed-like post against the live catalog, fix its finding, publish, read, search, unpublish. */
@ContentServiceTest
class ArticleWorkflowIT {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    CatalogReadModel catalog;

    @BeforeAll
    static void feedTheCatalog() throws Exception {
        CatalogFeed.exercise("glute-bridge", "Glute bridge", "[\"hip bridge\",\"bridge\"]",
                "{\"es\":{\"name\":\"Puente de glúteos\",\"aliases\":[\"puente glúteo\"]}}", "[\"gluteus-maximus\"]", null, "beginner",
                "active", 2);
        CatalogFeed.exercise("clamshell", "Clamshell", "[\"clams\",\"clam\"]", "[\"gluteus-medius\"]", null, "beginner", "active", 1);
        CatalogFeed.exercise("forearm-plank", "Forearm plank", "[\"plank\",\"planks\"]", "[\"transversus-abdominis\"]", null, "intermediate", "active", 1);
        CatalogFeed.exercise("bodyweight-squat", "Bodyweight squat", "[\"squats\"]", "[\"quadriceps\",\"gluteus-maximus\"]", null, "beginner", "active", 1);
        CatalogFeed.exercise("reverse-lunge", "Reverse lunge", "[\"lunges\"]", "[\"gluteus-maximus\"]", null, "intermediate", "active", 1);
        CatalogFeed.exercise("stability-ball-rollout", "Stability ball rollout", "[]", "[\"rectus-abdominis\",\"gluteus-maximus\"]",
                "low-back-pain", "advanced", "active", 1);
        // An imported exercise named like a curated one's alias must not take the name.
        CatalogFeed.exercise("fedb-plank", "Plank", "[]", "{}", "[\"rectus-abdominis\"]", null, "beginner", "active", 1, "imported");
        // The catalog's vocabularies (content-service tags only with terms they define).
        CatalogFeed.vocabulary();
        // An older version arriving late must not overwrite the newer one.
        CatalogFeed.exercise("glute-bridge", "Old bridge name", "[]", "[\"gluteus-maximus\"]", null, "beginner", "active", 1);
    }

    private void awaitCatalog() {
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.size() >= 7);
    }

    private static String fixture() throws Exception {
        try (InputStream in = ArticleWorkflowIT.class.getResourceAsStream("/ingest/weak-hips-blog-post.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fromRawTextToAPublishedLinkedArticle() throws Exception {
        awaitCatalog();
        String editor = TestTokens.editor();
        JsonPath ingested = given().auth().oauth2(editor).contentType("text/plain; charset=UTF-8").body(fixture())
                .post(ARTICLES + "/ingest").then()
                .statusCode(201)
                .body("article.status", equalTo("draft"))
                .body("article.title", equalTo("Are Lazy Glutes Behind Your Aching Lower Back?"))
                .body("article.tags.exercises", hasItems("glute-bridge", "clamshell", "forearm-plank", "bodyweight-squat", "reverse-lunge"))
                .body("article.tags.conditions", hasItems("low-back-pain", "anterior-pelvic-tilt"))
                .body("report.changes.kind", hasItems("duplicate-removed", "advertisement-removed", "navigation-removed",
                        "image-credit-extracted", "disclaimer-kept", "dosage-attached"))
                .body("report.findings[0].kind", equalTo("empty-list-section"))
                .body("report.findings[0].suggestedExercises", not(hasItem("stability-ball-rollout")))
                .extract().jsonPath();
        String slug = ingested.getString("article.slug");
        String findingId = ingested.getString("article.findings[0].id");
        assertThat(slug).isEqualTo("are-lazy-glutes-behind-your-aching-lower-back");

        given().get(ARTICLES + "/" + slug).then().statusCode(404);
        given().auth().oauth2(TestTokens.partner("acme")).get(ARTICLES + "/" + slug).then().statusCode(404);
        given().auth().oauth2(editor).get(ARTICLES + "/" + slug).then().statusCode(200).header("ETag", "\"1\"");

        given().auth().oauth2(editor).post(ARTICLES + "/" + slug + "/publish").then().statusCode(428);
        given().auth().oauth2(editor).header("If-Match", "\"9\"").post(ARTICLES + "/" + slug + "/publish").then().statusCode(412);

        given().auth().oauth2(editor).header("If-Match", "\"1\"").post(ARTICLES + "/" + slug + "/findings/" + findingId + "/accept")
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("findings.size()", equalTo(0))
                .body("sections[3].blocks.type", hasItem("exercise"))
                .body("sections[3].blocks.exercise", hasItems("glute-bridge", "clamshell"));

        given().auth().oauth2(editor).header("If-Match", "\"2\"").post(ARTICLES + "/" + slug + "/submit").then()
                .statusCode(200).body("status", equalTo("in-review"));
        given().auth().oauth2(editor).header("If-Match", "\"3\"").post(ARTICLES + "/" + slug + "/publish").then()
                .statusCode(200).body("status", equalTo("published")).body("version", equalTo(4));

        // The public sees the article without who wrote it and without the editorial findings; editors see both.
        given().get(ARTICLES + "/" + slug).then().statusCode(200).body("status", equalTo("published"))
                .body("$", not(hasKey("author"))).body("$", not(hasKey("findings")));
        // A reader's copy of version 4 is current; a read naming another version in If-Match is refused as a problem.
        given().header("If-None-Match", "\"4\"").get(ARTICLES + "/" + slug).then().statusCode(304).header("ETag", "\"4\"");
        given().header("If-Match", "\"3\"").get(ARTICLES + "/" + slug).then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("https://kinetic.dev/problems/precondition-failed"));
        given().auth().oauth2(TestTokens.partner("acme")).get(ARTICLES + "/" + slug).then().statusCode(200)
                .body("$", not(hasKey("author"))).body("$", not(hasKey("findings")));
        given().auth().oauth2(editor).get(ARTICLES + "/" + slug).then().statusCode(200)
                .body("author", equalTo("editor@kinetic.test")).body("$", hasKey("findings"));
        given().queryParam("condition", "low-back-pain").get(ARTICLES).then().statusCode(200)
                .body("items.slug", hasItem(slug)).body("items.find { it.slug == '" + slug + "' }", not(hasKey("author")));
        given().queryParam("exercise", "clamshell").queryParam("muscle", "gluteus-medius").get(ARTICLES).then()
                .body("items.slug", hasItem(slug));
        given().queryParam("condition", "knee-pain").get(ARTICLES).then().body("items.slug", not(hasItem(slug)));
        given().queryParam("q", "bridges hip muscles").get(ARTICLES + "/search").then().statusCode(200)
                .body("hits[0].slug", equalTo(slug))
                .body("hits[0].snippet", containsString("<mark>"));

        given().auth().oauth2(editor).header("If-Match", "\"4\"").post(ARTICLES + "/" + slug + "/unpublish").then()
                .statusCode(200).body("status", equalTo("draft"));
        given().get(ARTICLES + "/" + slug).then().statusCode(404);

        given().auth().oauth2(editor).header("If-Match", "\"5\"").post(ARTICLES + "/" + slug + "/archive").then().statusCode(200);
        given().auth().oauth2(editor).header("If-Match", "\"6\"").post(ARTICLES + "/" + slug + "/publish").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://kinetic.dev/problems/invalid-transition"));

        List<ConsumerRecord<String, String>> events = TopicReader.withKey("content-articles", ingested.getString("article.id"), 2);
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsExactly("dev.kinetic.article.published.v1", "dev.kinetic.article.unpublished.v1");
        ObjectMapper mapper = new ObjectMapper();
        assertThat(EventContracts.violations(EventTypes.ARTICLE_PUBLISHED, events.get(0).value())).isEmpty();
        assertThat(EventContracts.violations(EventTypes.ARTICLE_UNPUBLISHED, events.get(1).value())).isEmpty();
        assertThat(mapper.readTree(events.get(0).value()).get("version").asInt()).isEqualTo(4);
    }

    @Test
    void markdownAndHtmlAreIngestedWithTheirStructure() {
        awaitCatalog();
        given().auth().oauth2(TestTokens.editor()).contentType("text/markdown")
                .body("# Clams for Calmer Hips\n\nClamshells are a gentle start.\n\n## Simple Routine\n\n- Clamshell, 2 sets of 15 reps\n- Glute bridge: 3 x 10\n")
                .post(ARTICLES + "/ingest").then().statusCode(201)
                .body("article.title", equalTo("Clams for Calmer Hips"))
                .body("article.sections.heading", hasItem("Simple Routine"))
                .body("article.sections.find { it.heading == 'Simple Routine' }.blocks.exercise", hasItems("clamshell", "glute-bridge"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.HTML)
                .body("<html><body><h1>Planks Without Pain</h1><script>track()</script><p>Planks build a steady trunk.</p>"
                        + "<p>Advertisement</p><h2>How Long to Hold</h2><p>Hold for 20 seconds to start.</p></body></html>")
                .post(ARTICLES + "/ingest").then().statusCode(201)
                .body("article.title", equalTo("Planks Without Pain"))
                .body("article.tags.exercises", hasItem("forearm-plank"))
                .body("article.tags.exercises", not(hasItem("fedb-plank")))
                .body("report.changes.kind", hasItem("advertisement-removed"));
    }

    @Test
    void markupInAnArticleIsShownAsTextInSearchSnippetsAndUnsafeLinksNeverStored() {
        awaitCatalog();
        String editor = TestTokens.editor();
        JsonPath ingested = given().auth().oauth2(editor).contentType(ContentType.HTML)
                .body("<html><body><h1>Bridges Against Back Ache</h1><p>Glute bridges help. &lt;img src=x onerror=alert(1)&gt; "
                        + "Hold each glute bridge at the top and squeeze.</p><img src=\"javascript:alert(2)\" alt=\"A bridge\">"
                        + "<p>Nul\u0000 bytes are dropped.</p></body></html>")
                .post(ARTICLES + "/ingest").then().statusCode(201).extract().jsonPath();
        String slug = ingested.getString("article.slug");
        assertThat(ingested.getList("article.sections.blocks.flatten().findAll { it.type == 'image' }.url")).containsOnlyNulls();
        given().auth().oauth2(editor).header("If-Match", "\"1\"").post(ARTICLES + "/" + slug + "/publish").then().statusCode(200);
        String snippet = given().queryParam("q", "glute bridges onerror").get(ARTICLES + "/search").then().statusCode(200)
                .extract().path("hits.find { it.slug == '" + slug + "' }.snippet");
        assertThat(snippet).contains("<mark>").contains("&lt;img").doesNotContain("<img");

        String withScriptLink = """
                {"title":"Links","sections":[{"heading":"Two\\nlines","blocks":[
                  {"type":"image","url":"javascript:alert(1)","alt":"x"},
                  {"type":"image","url":"http://plain.example/a.jpg"},
                  {"type":"image","url":"/media/ok.jpg"},
                  {"type":"unknown"}]}],"tags":{"muscles":[],"conditions":[],"exercises":[]}}""";
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(withScriptLink).post(ARTICLES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("sections[0].heading", "sections[0].blocks[0].url", "sections[0].blocks[1].url",
                        "sections[0].blocks[3]"))
                .body("violations.field", not(hasItem("sections[0].blocks[2].url")));
        given().urlEncodingEnabled(false).get(ARTICLES + "/a%00b").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aSpanishArticleLinksThroughTheNamesTheCatalogCarries() {
        awaitCatalog();
        String slug = given().auth().oauth2(TestTokens.editor()).contentType("text/plain; charset=UTF-8").queryParam("locale", "es")
                .body("Glúteos para la espalda\n\n1. Puente de glúteos\nTúmbate boca arriba y eleva la pelvis.\n"
                        + "Haz 3 series de 12 repeticiones por lado.\n\nSi el dolor baja por la pierna, consulta con tu médico.\n")
                .post(ARTICLES + "/ingest").then().statusCode(201)
                .body("article.title", equalTo("Glúteos para la espalda"))
                .body("article.sections[0].blocks[0].type", equalTo("exercise"))
                .body("article.sections[0].blocks[0].exercise", equalTo("glute-bridge"))
                .body("article.sections[0].blocks[0].dosage.sets", equalTo(3))
                .body("article.sections[0].blocks[0].dosage.repsMin", equalTo(12))
                .body("article.sections[0].blocks[0].dosage.perSide", equalTo(true))
                .body("article.sections[0].blocks.kind", hasItem("medical-disclaimer"))
                .extract().path("article.slug");
        // Published, it is served to readers as the UTF-8 bytes held for it.
        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"1\"").post(ARTICLES + "/" + slug + "/publish").then()
                .statusCode(200);
        byte[] served = given().get(ARTICLES + "/" + slug).then().statusCode(200).contentType(ContentType.JSON).extract().asByteArray();
        assertThat(new String(served, StandardCharsets.UTF_8)).contains("\"title\":\"Glúteos para la espalda\"");
    }

    @Test
    void anArticleWithMoreBlocksThanOneIngestionReadsIsRefused() {
        String lines = "Short line\n".repeat(dev.kinetic.content.domain.SourcePage.MAX_BLOCKS + 10);
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT).body(lines).post(ARTICLES + "/ingest").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kinetic.dev/problems/article-too-large"));
    }

    @Test
    void ingestionNeedsAnEditorAndText() {
        given().contentType(ContentType.TEXT).body("Some text").post(ARTICLES + "/ingest").then().statusCode(401);
        given().auth().oauth2(TestTokens.partner("acme")).contentType(ContentType.TEXT).body("Some text")
                .post(ARTICLES + "/ingest").then().statusCode(403);
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT).body("  ").post(ARTICLES + "/ingest").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body("{}").post(ARTICLES + "/ingest").then()
                .statusCode(415);
    }

    @Test
    void theCatalogsVocabulariesAreKeptNotDeadLettered() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(catalog.vocabulary()).hasValueSatisfying(
                v -> assertThat(dev.kinetic.contracts.catalog.CatalogVocabulary.slugs(v.conditions())).contains("low-back-pain")));
    }

    /**
     * A catalog record content-service cannot read goes to the dead-letter topic (through a producer made only when the
     * first such record comes), and the records after it are still applied.
     */
    @Test
    void aCatalogRecordThatCannotBeReadIsDeadLetteredAndTheNextOneApplied() throws Exception {
        EventFeed.sendAsIs(Topics.EXERCISE_CATALOG, "unreadable-for-content", EventTypes.EXERCISE_UPSERTED, "{\"slug\":");
        CatalogFeed.exercise("wall-sit", "Wall sit", "[]", "[\"quadriceps\"]", null, "beginner", "active", 1);
        assertThat(TopicReader.withKey("exercise-catalog.dlq", "unreadable-for-content", 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> catalog.exercises().stream()
                .anyMatch(e -> e.slug().equals("wall-sit")));
    }

    @Test
    void theOlderCatalogEventDidNotOverwriteTheNewer() {
        awaitCatalog();
        assertThat(catalog.exercises()).filteredOn(e -> e.slug().equals("glute-bridge"))
                .singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Glute bridge"));
    }



    @Test
    void aBurstOfSearchesFromOneAddressGets429WithTheRateLimitHeaders() {
        // The test client sits behind a trusted proxy (127.0.0.1) that forwards the caller's address.
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").queryParam("q", "quota probe " + i).get(ARTICLES + "/search").then()
                    .statusCode(200).header("RateLimit-Policy", "\"article-search\";q=3;w=60");
        }
        given().header("X-Forwarded-For", "203.0.113.7").queryParam("q", "quota probe 4").get(ARTICLES + "/search").then()
                .statusCode(429).contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9]\\d*"))
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"article-search\";r=0;"));
        given().header("X-Forwarded-For", "203.0.113.8").queryParam("q", "quota probe 4").get(ARTICLES + "/search").then().statusCode(200);
    }
}

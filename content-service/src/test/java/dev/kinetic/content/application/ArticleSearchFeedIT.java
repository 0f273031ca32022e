package dev.kinetic.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kinetic.content.ContentServiceTest;
import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleMatch;
import dev.kinetic.content.persistence.ArticleRepository;
import dev.kinetic.content.search.ArticleSearchIndex;
import dev.kinetic.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;

/** Changes another replica commits (stored, with no event in this one) reach this replica's search index. */
@ContentServiceTest
class ArticleSearchFeedIT {

    @Inject
    ArticleRepository articles;
    @Inject
    ArticleSearchIndex index;

    @Test
    void anotherReplicasPublishingAndUnpublishingReachTheIndexWithinSeconds() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String slug = given().auth().oauth2(TestTokens.editor()).contentType("text/markdown")
                .body("# Replica feed\n\nThis draft mentions " + word + " and bridges.\n")
                .post("/api/v1/articles/ingest").then().statusCode(201).extract().path("article.slug");
        Article draft = current(slug);

        // As another replica would: the row changes, this replica's transaction events never fire.
        QuarkusTransaction.requiringNew().run(() -> articles.save(draft.publish(Instant.now()), "other-replica"));
        await().atMost(Duration.ofSeconds(10)).until(() -> slugs(word).contains(slug));
        given().queryParam("q", word).get("/api/v1/articles/search").then().statusCode(200).body("hits.slug", hasItem(slug));

        Article published = current(slug);
        QuarkusTransaction.requiringNew().run(() -> articles.save(published.unpublish(), "other-replica"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !slugs(word).contains(slug));
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> given().queryParam("q", word).get("/api/v1/articles/search")
                .then().statusCode(200).body("hits.slug", not(hasItem(slug))));
    }

    @Test
    void aStartingReplicasFirstLookLoadsThePublishedArticlesAndLaterLooksFollowEveryChange() {
        String draftWord = word();
        String publishedWord = word();
        String draft = ingest(draftWord);
        String published = ingest(publishedWord);
        QuarkusTransaction.requiringNew().run(() -> articles.save(current(published).publish(Instant.now()), "other-replica"));

        ArticleSearchIndex starting = new ArticleSearchIndex();
        ArticleSearchFeed feed = new ArticleSearchFeed(articles, starting);
        feed.catchUp();
        assertThat(feed.loaded()).isTrue();
        assertThat(starting.size()).isEqualTo(QuarkusTransaction.requiringNew().call(() -> articles.published().size()));
        assertThat(slugs(starting, publishedWord)).containsExactly(published);
        assertThat(slugs(starting, draftWord)).isEmpty();

        QuarkusTransaction.requiringNew().run(() -> {
            articles.save(current(draft).publish(Instant.now()), "other-replica");
            articles.save(current(published).unpublish(), "other-replica");
        });
        feed.catchUp();
        assertThat(slugs(starting, draftWord)).containsExactly(draft);
        assertThat(slugs(starting, publishedWord)).isEmpty();
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String ingest(String word) {
        return given().auth().oauth2(TestTokens.editor()).contentType("text/markdown")
                .body("# Replica start " + word + "\n\nThis draft mentions " + word + " and bridges.\n")
                .post("/api/v1/articles/ingest").then().statusCode(201).extract().path("article.slug");
    }

    private static List<String> slugs(ArticleSearchIndex index, String word) {
        return index.search(word, "en", 10).stream().map(ArticleMatch::slug).toList();
    }

    private Article current(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> articles.findBySlug(slug).orElseThrow());
    }

    private List<String> slugs(String word) {
        return slugs(index, word);
    }
}

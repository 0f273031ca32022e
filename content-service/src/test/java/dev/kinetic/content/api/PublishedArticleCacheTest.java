package dev.kinetic.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.kinetic.content.application.ArticleChanged;
import dev.kinetic.content.application.CatalogChanged;
import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleStatus;
import dev.kinetic.content.domain.Block;
import dev.kinetic.content.domain.Section;

class PublishedArticleCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final PublishedArticleCache cache = new PublishedArticleCache(new ObjectMapper().registerModule(new JavaTimeModule()), nanos::get,
            Runnable::run);
    /** What the database holds, by slug. */
    private final Map<String, Article> stored = new HashMap<>();
    private final AtomicInteger versionChecks = new AtomicInteger();
    private final AtomicInteger loads = new AtomicInteger();

    private static Article article(String slug, String title, ArticleStatus status, int version) {
        return new Article(UUID.nameUUIDFromBytes(slug.getBytes()), slug, "en", title, "Why glutes matter.",
                List.of(new Section(null, List.of(new Block.Paragraph("Weak glutes load the lower back.", List.of())))),
                Set.of(), Set.of(), Set.of(), "editor", null, null, status, null,
                status == ArticleStatus.PUBLISHED ? Instant.parse("2026-12-01T10:00:00Z") : null, version, List.of());
    }

    private Optional<PublishedArticleCache.Rendered> read(String slug) {
        return cache.get(slug, s -> {
            versionChecks.incrementAndGet();
            return Optional.ofNullable(stored.get(s)).filter(Article::isPublished).map(Article::version);
        }, s -> {
            loads.incrementAndGet();
            return Optional.ofNullable(stored.get(s));
        });
    }

    /** MAX_AGE passes: what is held is checked again on the next read. */
    private void ageEverything() {
        nanos.addAndGet(PublishedArticleCache.MAX_AGE.toNanos() + 1);
    }

    @Test
    void aReadWithinTheMaximumAgeAsksTheDatabaseNothing() {
        stored.put("weak-glutes", article("weak-glutes", "Weak glutes", ArticleStatus.PUBLISHED, 3));
        Optional<PublishedArticleCache.Rendered> first = read("weak-glutes");
        assertThat(first).hasValueSatisfying(r -> {
            assertThat(r.version()).isEqualTo(3);
            assertThat(new String(r.json(), StandardCharsets.UTF_8)).contains("\"title\":\"Weak glutes\"").doesNotContain("editor");
        });
        assertThat(read("weak-glutes")).isEqualTo(first);
        assertThat(versionChecks).hasValue(1);
        assertThat(loads).hasValue(1);
    }

    @Test
    void onlyAnArticleCheckedWithinTheMaximumAgeIsAtHandWithoutAsking() {
        stored.put("weak-glutes", article("weak-glutes", "Weak glutes", ArticleStatus.PUBLISHED, 3));
        stored.put("draft", article("draft", "A draft", ArticleStatus.DRAFT, 1));
        assertThat(cache.checkedRecently("weak-glutes")).as("never read").isEmpty();
        PublishedArticleCache.Rendered read = read("weak-glutes").orElseThrow();
        assertThat(cache.checkedRecently("weak-glutes")).containsSame(read);
        read("draft");
        assertThat(cache.checkedRecently("draft")).as("held as not published: asked again on a worker").isEmpty();

        ageEverything();
        assertThat(cache.checkedRecently("weak-glutes")).as("to be checked again").isEmpty();
        read("weak-glutes");
        assertThat(cache.checkedRecently("weak-glutes")).isPresent();
        cache.onArticleChanged(new ArticleChanged(stored.get("weak-glutes")));
        assertThat(cache.checkedRecently("weak-glutes")).as("changed here").isEmpty();
        assertThat(versionChecks).as("asking what is at hand asks the database nothing").hasValue(3);
    }

    @Test
    void anUnchangedVersionKeepsTheJsonAlreadyRenderedAndAChangedOneIsRenderedAfresh() {
        stored.put("weak-glutes", article("weak-glutes", "Weak glutes", ArticleStatus.PUBLISHED, 3));
        PublishedArticleCache.Rendered first = read("weak-glutes").orElseThrow();

        ageEverything();
        PublishedArticleCache.Rendered checked = read("weak-glutes").orElseThrow();
        assertThat(checked).as("the same object, not a new rendering of the same version").isSameAs(first);
        assertThat(versionChecks).hasValue(2);
        assertThat(loads).hasValue(1);

        // Another replica publishes a new version: this one sees it once what it holds is older than MAX_AGE.
        stored.put("weak-glutes", article("weak-glutes", "Weak glutes, revised", ArticleStatus.PUBLISHED, 4));
        assertThat(read("weak-glutes").orElseThrow().version()).as("within the maximum age").isEqualTo(3);
        ageEverything();
        PublishedArticleCache.Rendered revised = read("weak-glutes").orElseThrow();
        assertThat(revised.version()).isEqualTo(4);
        assertThat(new String(revised.json(), StandardCharsets.UTF_8)).contains("Weak glutes, revised");
        assertThat(loads).hasValue(2);
    }

    @Test
    void anArticleUnpublishedElsewhereDisappearsOnceChecked() {
        stored.put("weak-glutes", article("weak-glutes", "Weak glutes", ArticleStatus.PUBLISHED, 3));
        read("weak-glutes");
        stored.put("weak-glutes", article("weak-glutes", "Weak glutes", ArticleStatus.DRAFT, 4));
        ageEverything();
        assertThat(read("weak-glutes")).isEmpty();
        assertThat(read("never-written")).isEmpty();
        assertThat(loads).as("nothing to load when no version is published").hasValue(1);
    }

    @Test
    void aChangeHereOrToTheCatalogRendersAgainUnderTheSameVersion() {
        stored.put("weak-glutes", article("weak-glutes", "Weak glutes", ArticleStatus.PUBLISHED, 3));
        PublishedArticleCache.Rendered first = read("weak-glutes").orElseThrow();
        cache.onCatalogChanged(new CatalogChanged());
        assertThat(read("weak-glutes").orElseThrow()).as("exercise names may have changed").isNotSameAs(first);
        cache.onArticleChanged(new ArticleChanged(stored.get("weak-glutes")));
        read("weak-glutes");
        assertThat(loads).hasValue(3);
    }

    @Test
    void aRenderingMadeWhileTheCatalogChangedIsNotKeptPastTheNextCheck() {
        stored.put("weak-glutes", article("weak-glutes", "Weak glutes", ArticleStatus.PUBLISHED, 3));
        // The catalog changes on another thread while the article is being loaded (with the exercise names of before):
        // its invalidation passes an entry still being computed, so only the generation can tell.
        PublishedArticleCache.Rendered during = cache.get("weak-glutes", s -> Optional.of(3), s -> {
            loads.incrementAndGet();
            Thread consumer = new Thread(() -> cache.onCatalogChanged(new CatalogChanged()));
            consumer.start();
            try {
                consumer.join(5_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(consumer.isAlive()).as("the catalog change finished while the load was under way").isFalse();
            return Optional.of(stored.get(s));
        }).orElseThrow();
        ageEverything();
        assertThat(read("weak-glutes").orElseThrow()).as("rendered again under the same version").isNotSameAs(during);
        assertThat(loads).hasValue(2);
    }

    @Test
    void articlesReadTogetherAreCheckedAgainAtSpreadTimesNeverLaterThanTheMaximumAge() {
        for (int i = 0; i < 200; i++) {
            stored.put("article-" + i, article("article-" + i, "Article " + i, ArticleStatus.PUBLISHED, 1));
            read("article-" + i);
        }
        long half = PublishedArticleCache.MAX_AGE.toNanos() / 2;
        nanos.addAndGet(half - 1);
        for (int i = 0; i < 200; i++) {
            read("article-" + i);
        }
        assertThat(versionChecks).as("none before half the maximum age").hasValue(200);
        nanos.addAndGet(half / 2);
        for (int i = 0; i < 200; i++) {
            read("article-" + i);
        }
        assertThat(versionChecks.get() - 200).as("some, not all, between half and three quarters of it").isBetween(20, 180);
        nanos.addAndGet(half);
        int before = versionChecks.get();
        for (int i = 0; i < 200; i++) {
            read("article-" + i);
        }
        // Every article not checked since the start is older than the maximum age now.
        assertThat(versionChecks.get() - before).isGreaterThanOrEqualTo(400 - before);
        assertThat(loads).as("unchanged versions are never loaded again").hasValue(200);
    }

    private static ArticleSearchResult answer(String q, int hits) {
        List<ArticleSearchResult.Hit> found = new java.util.ArrayList<>();
        for (int i = 0; i < hits; i++) {
            found.add(new ArticleSearchResult.Hit("article-" + i, "Article " + i, 1.0 / (i + 1),
                    "... why <mark>" + q + "</mark> matters for the lower back, and what to do about it " + "x".repeat(300)));
        }
        return new ArticleSearchResult(q, "en", found);
    }

    @Test
    void searchAnswersHeldStayWithinTheCharacterBoundHoweverManyQueriesAreAsked() {
        // ~4 KB an answer: six thousand queries, each asked twice, are about three times the bound.
        for (int i = 0; i < 6_000; i++) {
            String q = "query " + i;
            cache.search(q, "en", 10, 1, () -> answer(q, 10));
            cache.search(q, "en", 10, 1, () -> answer(q, 10));
        }
        assertThat(cache.heldSearchBytes()).isPositive().isLessThanOrEqualTo(PublishedArticleCache.MAX_SEARCH_BYTES);
    }

    @Test
    void aQueryAskedOnceIsAnsweredAndNotHeld() {
        AtomicInteger searched = new AtomicInteger();
        for (int i = 0; i < 500; i++) {
            String q = "query " + i;
            byte[] json = cache.search(q, "en", 10, 1, () -> {
                searched.incrementAndGet();
                return answer(q, 10);
            });
            assertThat(json).asString(java.nio.charset.StandardCharsets.UTF_8).contains("\"query\":\"" + q + "\"");
        }
        assertThat(cache.heldSearchBytes()).isZero();
        cache.search("query 7", "en", 10, 1, () -> {
            searched.incrementAndGet();
            return answer("query 7", 10);
        });
        cache.search("query 7", "en", 10, 1, () -> answer("query 7", 10));
        assertThat(searched).as("asked again: searched once more, then held").hasValue(501);
        assertThat(cache.heldSearchBytes()).isPositive();
        cache.search("query 7", "en", 10, 2, () -> {
            searched.incrementAndGet();
            return answer("query 7", 10);
        });
        assertThat(searched).as("the index's next generation is a new question").hasValue(502);
    }

    @Test
    void anOftenAskedSearchStaysHeldWhileOneOffQueriesPassThrough() {
        AtomicInteger searched = new AtomicInteger();
        int oneOff = 0;
        // Between two askings of the popular query, more one-off queries than the bound holds: a cache that kept
        // the most recent answers would search it afresh every time.
        for (int round = 0; round < 10; round++) {
            cache.search("glutes", "en", 10, 1, () -> {
                searched.incrementAndGet();
                return answer("glutes", 10);
            });
            for (int i = 0; i < 3_000; i++) {
                String q = "one-off " + oneOff++;
                cache.search(q, "en", 10, 1, () -> answer(q, 10));
            }
        }
        assertThat(searched).as("searched until it was known to be asked often, then answered from what is held").hasValueLessThanOrEqualTo(3);
    }
}

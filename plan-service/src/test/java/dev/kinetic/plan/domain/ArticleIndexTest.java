package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ArticleIndexTest {

    private static PublishedArticle article(String id, String slug, String locale, int version) {
        return new PublishedArticle(id, slug, slug, locale, Set.of("glute-bridge"), Set.of("low-back-pain"), version);
    }

    @Test
    void linksPreferThePersonsLanguageAndAnUnpublishedArticleCannotBeRevivedByAnOlderReplay() {
        ArticleIndex index = new ArticleIndex();
        index.publish(article("1", "bridges-en", "en", 1));
        index.publish(article("2", "puentes-es", "es", 1));
        index.publish(article("3", "another-en", "en", 1));
        assertThat(index.about("glute-bridge", "es")).extracting(ArticleLink::slug).containsExactly("puentes-es", "another-en",
                "bridges-en");
        assertThat(index.aboutAny(Set.of("low-back-pain"), "en")).hasSize(3);

        assertThat(index.withdraw("1", 2)).isTrue();
        assertThat(index.publish(article("1", "bridges-en", "en", 1))).as("replayed older publication").isFalse();
        assertThat(index.about("glute-bridge", "en")).extracting(ArticleLink::slug).containsExactly("another-en", "puentes-es");
        assertThat(index.publish(article("1", "bridges-en", "en", 3))).as("republished").isTrue();
        assertThat(index.published()).isEqualTo(3);
    }

    @Test
    void linksFoundBeforeAChangeAreNotServedAfterIt() {
        ArticleIndex index = new ArticleIndex();
        index.publish(article("1", "bridges-en", "en", 1));
        assertThat(index.about("glute-bridge", "en")).extracting(ArticleLink::slug).containsExactly("bridges-en");
        assertThat(index.aboutAny(Set.of("low-back-pain"), "en")).extracting(ArticleLink::slug).containsExactly("bridges-en");
        index.publish(article("2", "another-en", "en", 1));
        assertThat(index.about("glute-bridge", "en")).extracting(ArticleLink::slug).containsExactly("another-en", "bridges-en");
        assertThat(index.aboutAny(Set.of("low-back-pain"), "en")).extracting(ArticleLink::slug).containsExactly("another-en",
                "bridges-en");
        index.withdraw("1", 2);
        assertThat(index.about("glute-bridge", "en")).extracting(ArticleLink::slug).containsExactly("another-en");
        assertThat(index.aboutAny(Set.of("low-back-pain"), "en")).extracting(ArticleLink::slug).containsExactly("another-en");
        index.publish(article("2", "another-en", "en", 1));
        assertThat(index.about("glute-bridge", "en")).as("a refused replay changes nothing").extracting(ArticleLink::slug)
                .containsExactly("another-en");
    }
}

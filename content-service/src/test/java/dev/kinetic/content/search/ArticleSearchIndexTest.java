package dev.kinetic.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kinetic.content.domain.ArticleMatch;

class ArticleSearchIndexTest {

    private final ArticleSearchIndex index = new ArticleSearchIndex();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static SearchableArticle published(String slug, String locale, String title, String body) {
        return new SearchableArticle(slug, 1, true, locale, title, body);
    }

    private List<String> slugs(String query) {
        return slugs(query, "en");
    }

    private List<String> slugs(String query, String locale) {
        return index.search(query, locale, 10).stream().map(ArticleMatch::slug).toList();
    }

    @Test
    void wordsAreFoundByTheirStemInTheArticlesLanguage() {
        index.apply(published("bridges", "en", "Glute bridges for a calmer back", "Bridging strengthens the hips."));
        index.apply(published("puente", "es", "Puentes de glúteos", "Los puentes fortalecen las caderas."));
        assertThat(slugs("bridge")).containsExactly("bridges");
        assertThat(slugs("bridging strengthened")).containsExactly("bridges");
        assertThat(slugs("puente", "es")).containsExactly("puente");
        assertThat(slugs("puente")).as("an English search does not see Spanish articles").isEmpty();
    }

    @Test
    void arabicIsStemmedToo() {
        index.apply(published("ar", "ar", "تقوية عضلات الأرداف", "تمارين الجسر تساعد على تقوية عضلات الأرداف."));
        assertThat(slugs("جسر", "ar")).containsExactly("ar");
        assertThat(index.search("جسر", "ar", 10).get(0).snippet()).contains("<mark>");
    }

    @Test
    void everyWordMustMatchUnlessJoinedByOr() {
        index.apply(published("a", "en", "Planks", "Planks build the core."));
        index.apply(published("b", "en", "Lunges", "Lunges build the legs."));
        assertThat(slugs("planks core")).containsExactly("a");
        assertThat(slugs("planks legs")).isEmpty();
        assertThat(slugs("planks or lunges")).containsExactlyInAnyOrder("a", "b");
        assertThat(slugs("build -legs")).containsExactly("a");
    }

    @Test
    void quotedWordsMatchAsAPhrase() {
        index.apply(published("a", "en", "Hip care", "Stretch the hip flexors daily."));
        index.apply(published("b", "en", "Flexors", "The flexors of the wrist and the hip joint."));
        assertThat(slugs("\"hip flexors\"")).containsExactly("a");
        assertThat(slugs("hip flexors")).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void hyphenatedWordsAreSearchedByTheirParts() {
        index.apply(published("a", "en", "Single-leg work", "Single-leg bridges challenge balance."));
        assertThat(slugs("single-leg")).containsExactly("a");
        assertThat(slugs("single leg")).containsExactly("a");
    }

    @Test
    void wildcardsAndOtherOperatorsAreOnlyText() {
        index.apply(published("a", "en", "Squats", "Squats and more squats."));
        assertThat(slugs("squat*")).containsExactly("a");
        assertThat(slugs("(squats)")).containsExactly("a");
        assertThat(slugs("squt~2")).as("no fuzzy matching").isEmpty();
    }

    @Test
    void aQueryOfOnlyStopWordsFindsNothing() {
        index.apply(published("a", "en", "The and of", "The and of it."));
        assertThat(slugs("the of and")).isEmpty();
        assertThat(slugs("\"\"")).isEmpty();
        assertThat(slugs("-")).isEmpty();
    }

    @Test
    void aMatchInTheTitleRanksAboveOneInTheBody() {
        index.apply(published("body", "en", "Core work", "Bridges appear here once."));
        index.apply(published("title", "en", "Bridges", "Core work appears here once."));
        assertThat(slugs("bridges")).containsExactly("title", "body");
        List<ArticleMatch> found = index.search("bridges", "en", 10);
        assertThat(found.get(0).rank()).isPositive().isGreaterThan(found.get(1).rank());
        assertThat(found.get(1).rank()).isPositive();
    }

    @Test
    void equalScoresAreOrderedBySlugAndTheSizeIsHonoured() {
        for (String slug : List.of("c", "a", "d", "b")) {
            index.apply(published(slug, "en", "Same", "Same text."));
        }
        assertThat(index.search("same", "en", 3)).extracting(ArticleMatch::slug).containsExactly("a", "b", "c");
    }

    @Test
    void snippetsMarkTheMatchesAndShowMarkupAsText() {
        index.apply(published("a", "en", "Bridges", "Glute bridges help. <img src=x onerror=alert(1)> & \"more\"."));
        String snippet = index.search("bridges onerror", "en", 10).get(0).snippet();
        assertThat(snippet).contains("<mark>bridges</mark>").contains("&lt;img").contains("&amp;").doesNotContain("<img");
    }

    @Test
    void aTitleOnlyMatchStillHasASnippetFromTheBody() {
        index.apply(published("a", "en", "Deadlifts", "Hinge at the hips and keep the bar close."));
        assertThat(index.search("deadlifts", "en", 10).get(0).snippet()).contains("Hinge at the hips");
    }

    @Test
    void longBodiesGiveAShortSnippetAroundTheMatch() {
        String filler = "Breathe out and keep the ribs down while the pelvis stays level. ".repeat(40);
        index.apply(published("a", "en", "Long", filler + "Finish with a clamshell on each side. " + filler));
        String snippet = index.search("clamshell", "en", 10).get(0).snippet();
        assertThat(snippet).contains("<mark>clamshell</mark>").hasSizeLessThan(400);
    }

    @Test
    void unpublishingRemovesAndANewerVersionReplaces() {
        index.apply(published("a", "en", "Planks", "Planks build the core."));
        index.apply(new SearchableArticle("a", 2, true, "en", "Side planks", "Side planks build the obliques."));
        assertThat(slugs("obliques")).containsExactly("a");
        assertThat(slugs("core")).isEmpty();
        index.apply(new SearchableArticle("a", 3, false, "en", "Side planks", "Side planks build the obliques."));
        assertThat(slugs("obliques")).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void theGenerationMovesOnWithEveryChangeSearchesCanSee() {
        long start = index.generation();
        index.apply(published("a", "en", "Planks", "Planks build the core."));
        long afterPublish = index.generation();
        assertThat(afterPublish).isGreaterThan(start);
        index.apply(new SearchableArticle("a", 0, true, "en", "Planks", "An older version."));
        assertThat(index.generation()).as("an ignored older version changes nothing").isEqualTo(afterPublish);
        index.apply(new SearchableArticle("a", 2, false, "en", "Planks", "Unpublished."));
        assertThat(index.generation()).isGreaterThan(afterPublish);
    }

    @Test
    void aLateOlderVersionIsIgnored() {
        index.apply(new SearchableArticle("a", 3, false, "en", "Old", "Unpublished at version three."));
        index.apply(new SearchableArticle("a", 2, true, "en", "Old", "Published at version two."));
        assertThat(slugs("published")).isEmpty();
        assertThat(index.lacks("a", 3, false)).isFalse();
        assertThat(index.lacks("a", 4, true)).isTrue();
        assertThat(index.lacks("never-held", 1, false)).as("an unpublished article never held changes nothing").isFalse();
        assertThat(index.lacks("never-held", 1, true)).isTrue();
    }
}

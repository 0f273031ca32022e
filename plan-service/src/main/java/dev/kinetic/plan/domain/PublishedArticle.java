package dev.kinetic.plan.domain;

import java.util.Set;

/** What plan-service keeps of a published article: enough to link it from plans. */
public record PublishedArticle(String id, String slug, String title, String locale, Set<String> exercises,
        Set<String> conditions, int version) {

    public PublishedArticle {
        exercises = Set.copyOf(exercises);
        conditions = Set.copyOf(conditions);
    }

    public ArticleLink link() {
        return new ArticleLink(slug, title, locale);
    }
}

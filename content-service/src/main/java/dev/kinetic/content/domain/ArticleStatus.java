package dev.kinetic.content.domain;

import dev.kinetic.contracts.Slugs;

import java.util.Locale;

/** Where an article is in its editorial life. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED;

    public String slug() {
        return Slugs.of(this);
    }

    public static ArticleStatus of(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

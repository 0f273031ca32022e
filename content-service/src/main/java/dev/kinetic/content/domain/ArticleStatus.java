package dev.kinetic.content.domain;

import java.util.Locale;

/** Where an article is in its editorial life. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ArticleStatus of(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

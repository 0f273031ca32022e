package dev.kinetic.plan.domain;

/** A published article that explains an exercise or a condition in the plan. */
public record ArticleLink(String slug, String title, String locale) {
}

package dev.kinetic.content.application;

/** Fired in the transaction that changed an article; observed after commit (cache eviction). */
public record ArticleChanged(String slug) {
}

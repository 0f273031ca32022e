package dev.kinetic.content.domain;

/** A published article that matched a full-text search: its rank and a passage with the matches marked. */
public record ArticleMatch(String slug, String title, double rank, String snippet) {
}

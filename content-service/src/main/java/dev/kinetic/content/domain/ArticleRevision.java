package dev.kinetic.content.domain;

import java.time.Instant;

/** Who saved which version of an article when, and the state it was saved in. */
public record ArticleRevision(int version, String status, Instant changedAt, String changedBy) {
}

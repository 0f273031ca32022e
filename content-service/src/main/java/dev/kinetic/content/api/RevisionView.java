package dev.kinetic.content.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.content.domain.ArticleRevision;

@Schema(name = "Revision", description = "Who saved which version when, in which state")
public record RevisionView(int version, String status, Instant changedAt, String changedBy) {

    static RevisionView of(ArticleRevision r) {
        return new RevisionView(r.version(), r.status(), r.changedAt(), r.changedBy());
    }
}

package dev.kinetic.content.domain;

/** A draft made from raw text, and the report of how it was made. */
public record Ingestion(ArticleDraft draft, IngestionReport report) {
}

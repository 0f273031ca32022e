package dev.kinetic.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kinetic.content.domain.IngestionReport;

@Schema(name = "IngestionResult", description = "The draft made from the text, and what ingestion changed, linked and found")
public record IngestionResponse(ArticleView article, IngestionReport report) {
}

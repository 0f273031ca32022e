package dev.kinetic.content.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage")
public record ArticlePage(List<ArticleView> items, int page, int size, long total) {
}

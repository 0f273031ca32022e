package dev.kinetic.content.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleSearchResults")
public record ArticleSearchResult(String query, String locale, List<Hit> hits) {

    @Schema(name = "ArticleSearchHit")
    public record Hit(String slug, String title, double rank,
            @Schema(description = "Matching passage, matches wrapped in <mark>") String snippet) {
    }
}

package dev.kinetic.plan.messaging;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.kinetic.plan.domain.PublishedArticle;

/** The part of a content-articles event plan-service reads: identity, title, language, tags, version. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleEvent(String id, String slug, String title, String locale, Tags tags, String status, Integer version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tags(List<String> muscles, List<String> conditions, List<String> exercises) {
    }

    public PublishedArticle toArticle() {
        Tags t = tags == null ? new Tags(List.of(), List.of(), List.of()) : tags;
        return new PublishedArticle(id, slug, title, locale == null ? "en" : locale,
                t.exercises() == null ? Set.of() : Set.copyOf(t.exercises()),
                t.conditions() == null ? Set.of() : Set.copyOf(t.conditions()), version);
    }
}

package dev.kinetic.content.messaging;

import dev.kinetic.contracts.EventTypes;
import dev.kinetic.contracts.Topics;

import java.util.UUID;

import dev.kinetic.content.api.ArticleMapper;
import dev.kinetic.content.domain.Article;
import dev.kinetic.platform.events.OutgoingEvent;

/**
 * Events of the compacted {@code content-articles} topic, keyed by article id: the full state of a
 * published article, or a notice that it is no longer published.
 */
public final class ArticleEvents {

    public static final String TOPIC = Topics.CONTENT_ARTICLES;
    public static final String PUBLISHED = EventTypes.ARTICLE_PUBLISHED;
    public static final String UNPUBLISHED = EventTypes.ARTICLE_UNPUBLISHED;

    /** Data of an unpublished event: which article, at which version, in which state now. */
    public record Unpublished(UUID id, String slug, int version, String status) {
    }

    private ArticleEvents() {
    }

    public static OutgoingEvent published(Article article) {
        return new OutgoingEvent(TOPIC, article.id().toString(), PUBLISHED, ArticleMapper.toView(article));
    }

    public static OutgoingEvent unpublished(Article article) {
        return new OutgoingEvent(TOPIC, article.id().toString(), UNPUBLISHED,
                new Unpublished(article.id(), article.slug(), article.version(), article.status().slug()));
    }
}

package dev.kinetic.content.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleStatus;
import dev.kinetic.content.persistence.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The publication workflow: submit for review, publish now or at a time, unpublish, archive. The
 * transitions are the article's own; a change of publication stages its event.
 */
@ApplicationScoped
public class PublishArticle {

    private final ArticleRepository articles;
    private final ArticleChanges changes;
    private final Clock clock;

    public PublishArticle(ArticleRepository articles, ArticleChanges changes, Clock clock) {
        this.articles = articles;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public Article submit(String slug, int expectedVersion, String editor) {
        return changes.change(slug, expectedVersion, editor, Article::submitForReview);
    }

    @Transactional
    public Article publish(String slug, int expectedVersion, String editor) {
        return changes.change(slug, expectedVersion, editor, a -> a.publish(clock.instant()));
    }

    @Transactional
    public Article schedule(String slug, int expectedVersion, Instant publishAt, String editor) {
        return changes.change(slug, expectedVersion, editor, a -> a.schedule(publishAt, clock.instant()));
    }

    /** Publishes a claimed scheduled article (the caller holds its row lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishScheduled(UUID id) {
        Article current = articles.findById(id).orElseThrow();
        if (current.status() == ArticleStatus.SCHEDULED) {
            changes.record(current, current.publish(clock.instant()), "scheduler");
        }
    }

    @Transactional
    public Article unpublish(String slug, int expectedVersion, String editor) {
        return changes.change(slug, expectedVersion, editor, Article::unpublish);
    }

    @Transactional
    public Article archive(String slug, int expectedVersion, String editor) {
        return changes.change(slug, expectedVersion, editor, Article::archive);
    }
}

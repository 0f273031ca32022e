package dev.kinetic.content.application;

import dev.kinetic.contracts.Slugs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleBounds;
import dev.kinetic.content.domain.ArticleIngestor;
import dev.kinetic.content.domain.ArticleStatus;
import dev.kinetic.content.domain.Ingestion;
import dev.kinetic.content.messaging.ArticleEvents;
import dev.kinetic.content.persistence.ArticleRepository;
import dev.kinetic.platform.outbox.Outbox;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * The editors' desk: ingestion into drafts and every workflow step. Each change is one
 * transaction that stores the article, its revision and, when publication changes, the event.
 */
@ApplicationScoped
public class ArticleDesk {

    /** Paths under /api/v1/articles that an article slug would otherwise shadow. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("search", "locales", "ingest");

    private final ArticleRepository articles;
    private final VocabularyCache vocabulary;
    private final Outbox outbox;
    private final Event<ArticleChanged> changed;
    private final ArticleIngestor ingestor = new ArticleIngestor();
    private final Clock clock;

    public ArticleDesk(ArticleRepository articles, VocabularyCache vocabulary, Outbox outbox, Event<ArticleChanged> changed, Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.vocabulary = vocabulary;
        this.outbox = outbox;
        this.changed = changed;
    }

    /** A draft made from raw text, and the ingestion report. */
    public record Ingested(Article article, Ingestion ingestion) {
    }

    @Transactional
    public Ingested ingest(String body, String mediaType, String locale, String editor) {
        Ingestion ingestion = ingestor.ingest(RawText.read(body, mediaType), locale, vocabulary.current());
        Article draft = Article.fromIngestion(UUID.randomUUID(), uniqueSlug(ingestion.draft().title()), ingestion, editor);
        ArticleBounds.check(draft);
        articles.save(draft, editor);
        return new Ingested(draft, ingestion);
    }

    /** A draft written directly by an editor (rather than ingested from raw text). */
    @Transactional
    public Article create(Article content, String editor) {
        Article draft = new Article(UUID.randomUUID(), uniqueSlug(content.title()), content.locale(), content.title(),
                content.summary(), content.sections(), content.muscleTags(), content.conditionTags(), content.exerciseTags(),
                editor, content.medicalReviewer(), content.reviewedOn(), ArticleStatus.DRAFT, null, null, 1, List.of());
        record(draft, draft, editor);
        return draft;
    }

    @Transactional
    public Article submit(String slug, int expectedVersion, String editor) {
        return change(slug, expectedVersion, editor, Article::submitForReview);
    }

    @Transactional
    public Article publish(String slug, int expectedVersion, String editor) {
        return change(slug, expectedVersion, editor, a -> a.publish(clock.instant()));
    }

    @Transactional
    public Article schedule(String slug, int expectedVersion, Instant publishAt, String editor) {
        return change(slug, expectedVersion, editor, a -> a.schedule(publishAt, clock.instant()));
    }

    /** Publishes a claimed scheduled article (the caller holds its row lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishScheduled(UUID id) {
        Article current = articles.findById(id).orElseThrow();
        if (current.status() == ArticleStatus.SCHEDULED) {
            record(current, current.publish(clock.instant()), "scheduler");
        }
    }

    @Transactional
    public Article unpublish(String slug, int expectedVersion, String editor) {
        return change(slug, expectedVersion, editor, Article::unpublish);
    }

    @Transactional
    public Article archive(String slug, int expectedVersion, String editor) {
        return change(slug, expectedVersion, editor, Article::archive);
    }

    @Transactional
    public Article edit(String slug, int expectedVersion, Article content, String editor) {
        return change(slug, expectedVersion, editor, a -> a.edit(content.title(), content.summary(), content.sections(),
                content.muscleTags(), content.conditionTags(), content.exerciseTags(), content.medicalReviewer(),
                content.reviewedOn()));
    }

    @Transactional
    public Article restore(String slug, int revision, int expectedVersion, String editor) {
        Article current = articles.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("No article '" + slug + "'"));
        Article old = articles.revision(current.id(), revision)
                .orElseThrow(() -> ProblemException.notFound("Article '" + slug + "' has no revision " + revision));
        return change(slug, expectedVersion, editor, a -> a.restore(old));
    }

    @Transactional
    public Article acceptFinding(String slug, String findingId, int expectedVersion, String editor) {
        return change(slug, expectedVersion, editor, a -> a.acceptFinding(findingId));
    }

    private Article change(String slug, int expectedVersion, String editor, UnaryOperator<Article> step) {
        Article current = articles.findBySlugForUpdate(slug)
                .orElseThrow(() -> ProblemException.notFound("No article '" + slug + "'"));
        if (current.version() != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "Article '" + slug + "' is at version "
                    + current.version() + ", not " + expectedVersion + "; read it again and reapply your change");
        }
        return record(current, step.apply(current), editor);
    }

    /** Stores the new state with its revision and, when publication changes, stages the event. */
    private Article record(Article current, Article next, String editor) {
        articles.save(next, editor);
        changed.fire(new ArticleChanged(next.slug()));
        if (next.isPublished()) {
            outbox.stage(ArticleEvents.published(next));
        } else if (current.isPublished()) {
            outbox.stage(ArticleEvents.unpublished(next));
        }
        return next;
    }

    @Transactional
    public boolean exists(String slug) {
        return articles.slugTaken(slug);
    }

    /** The slug a title gives: lower-case words joined by hyphens, accents dropped, any script kept. */
    public static String slugOf(String title) {
        String base = Slugs.fromText(title);
        if (base.isEmpty()) {
            return "article";
        }
        return base.length() > 70 ? base.substring(0, 70).replaceAll("-+$", "") : base;
    }

    private String uniqueSlug(String title) {
        String base = slugOf(title);
        if (RESERVED.contains(base)) {
            base = base + "-article";
        }
        articles.lockSlugsLike(base);
        java.util.Set<String> taken = articles.slugsLike(base);
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}

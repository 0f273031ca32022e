package dev.kinetic.content.application;

import java.util.Set;
import java.util.function.UnaryOperator;

import dev.kinetic.contracts.Slugs;
import dev.kinetic.content.domain.Article;
import dev.kinetic.content.persistence.ArticleRepository;
import dev.kinetic.platform.outbox.Outbox;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.VersionTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * How every use case changes an article: one step applied to the version the editor read, stored with
 * its revision and, when publication changes, the event, in the caller's transaction.
 */
@ApplicationScoped
public class ArticleChanges {

    /** Paths under /api/v1/articles that an article slug would otherwise shadow. */
    private static final Set<String> RESERVED = Set.of("search", "locales", "ingest");

    private final ArticleRepository articles;
    private final Outbox outbox;
    private final Event<ArticleChanged> changed;

    public ArticleChanges(ArticleRepository articles, Outbox outbox, Event<ArticleChanged> changed) {
        this.articles = articles;
        this.outbox = outbox;
        this.changed = changed;
    }

    /** Applies {@code step} to the article if it is still at {@code expectedVersion}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Article change(String slug, int expectedVersion, String editor, UnaryOperator<Article> step) {
        Article current = articles.findBySlugForUpdate(slug)
                .orElseThrow(() -> ProblemException.notFound("No article '" + slug + "'"));
        VersionTags.requireCurrent("Article '" + slug + "'", current.version(), expectedVersion);
        return record(current, step.apply(current), editor);
    }

    /** Stores the new state with its revision and, when publication changes, stages the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Article record(Article current, Article next, String editor) {
        articles.save(next, editor);
        changed.fire(new ArticleChanged(next));
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

    /**
     * A slug for a new article from its title, unique among the articles: the title's slug, then numbered from 2
     * ({@code hip-hinge-2}) as more drafts take the same title. Numbers are never handed out twice, so a slug
     * once seen is never another article's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String uniqueSlug(String title) {
        String base = slugOf(title);
        if (RESERVED.contains(base)) {
            base = base + "-article";
        }
        ArticleRepository.SlugNumber next = articles.nextSlugNumber(base);
        int number = next.number();
        if (!next.taken()) {
            return numbered(base, number);
        }
        // Slugs from this base that its count does not know of (made before it was kept): skip past them once.
        Set<String> taken = articles.slugsLike(base);
        while (taken.contains(numbered(base, number))) {
            number++;
        }
        articles.skipSlugNumbersTo(base, number);
        return numbered(base, number);
    }

    private static String numbered(String base, int number) {
        return number == 1 ? base : base + "-" + number;
    }
}

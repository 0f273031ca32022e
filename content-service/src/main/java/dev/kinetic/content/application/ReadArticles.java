package dev.kinetic.content.application;

import java.util.List;
import java.util.Optional;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleMatch;
import dev.kinetic.content.domain.ArticleRevision;
import dev.kinetic.content.persistence.ArticleRepository;
import dev.kinetic.content.search.ArticleSearchIndex;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads articles: one by slug, published listings and searches, and an article's revisions. */
@ApplicationScoped
public class ReadArticles {

    private final ArticleRepository articles;
    private final ArticleSearchIndex search;

    public ReadArticles(ArticleRepository articles, ArticleSearchIndex search) {
        this.articles = articles;
        this.search = search;
    }

    public Optional<Article> bySlug(String slug) {
        return articles.findBySlug(slug);
    }

    /** The current version of the published article with this slug, without reading the article. */
    public Optional<Integer> publishedVersion(String slug) {
        return articles.publishedVersion(slug);
    }

    /** The article with this slug, whatever its state; a 404 problem if there is none. */
    public Article existing(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("No article '" + slug + "'"));
    }

    /** Published articles, newest first, with every given tag and the locale (null filters are ignored). */
    public Page<Article> published(String muscle, String condition, String exercise, String locale, int page, int size) {
        return articles.published(muscle, condition, exercise, locale, page, size);
    }

    /** Published articles in the locale matching {@code text}, best first: this replica's index (ArticleSearchFeed). */
    public List<ArticleMatch> search(String text, String locale, int size) {
        return search.search(text, locale, size);
    }

    /** Moves on with every change searches can see (answers kept for one generation are stale after it). */
    public long searchGeneration() {
        return search.generation();
    }

    public List<ArticleRevision> revisions(String slug) {
        return articles.revisions(existing(slug).id());
    }

    public Optional<Article> revision(String slug, int version) {
        return articles.revision(existing(slug).id(), version);
    }
}

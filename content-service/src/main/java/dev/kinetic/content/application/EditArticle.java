package dev.kinetic.content.application;

import java.util.List;
import java.util.UUID;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleStatus;
import dev.kinetic.content.persistence.ArticleRepository;
import dev.kinetic.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An editor's changes to an article's content: a new draft, an edit, a restored revision, an accepted finding. */
@ApplicationScoped
public class EditArticle {

    private final ArticleRepository articles;
    private final ArticleChanges changes;

    public EditArticle(ArticleRepository articles, ArticleChanges changes) {
        this.articles = articles;
        this.changes = changes;
    }

    /** A draft written directly by an editor (rather than ingested from raw text). */
    @Transactional
    public Article create(Article content, String editor) {
        Article draft = new Article(UUID.randomUUID(), changes.uniqueSlug(content.title()), content.locale(), content.title(),
                content.summary(), content.sections(), content.muscleTags(), content.conditionTags(), content.exerciseTags(),
                editor, content.medicalReviewer(), content.reviewedOn(), ArticleStatus.DRAFT, null, null, 1, List.of());
        changes.record(draft, draft, editor);
        return draft;
    }

    @Transactional
    public Article edit(String slug, int expectedVersion, Article content, String editor) {
        return changes.change(slug, expectedVersion, editor, a -> a.edit(content.title(), content.summary(), content.sections(),
                content.muscleTags(), content.conditionTags(), content.exerciseTags(), content.medicalReviewer(),
                content.reviewedOn()));
    }

    @Transactional
    public Article restore(String slug, int revision, int expectedVersion, String editor) {
        Article current = articles.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("No article '" + slug + "'"));
        Article old = articles.revision(current.id(), revision)
                .orElseThrow(() -> ProblemException.notFound("Article '" + slug + "' has no revision " + revision));
        return changes.change(slug, expectedVersion, editor, a -> a.restore(old));
    }

    @Transactional
    public Article acceptFinding(String slug, String findingId, int expectedVersion, String editor) {
        return changes.change(slug, expectedVersion, editor, a -> a.acceptFinding(findingId));
    }
}

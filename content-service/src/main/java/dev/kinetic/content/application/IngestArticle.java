package dev.kinetic.content.application;

import java.util.UUID;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleBounds;
import dev.kinetic.content.domain.ArticleIngestor;
import dev.kinetic.content.domain.Ingestion;
import dev.kinetic.content.persistence.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Turns raw article text into a linked draft, held to the article limits, with the ingestion report. */
@ApplicationScoped
public class IngestArticle {

    /** A draft made from raw text, and the ingestion report. */
    public record Ingested(Article article, Ingestion ingestion) {
    }

    private final ArticleRepository articles;
    private final VocabularyCache vocabulary;
    private final ArticleChanges changes;
    private final ArticleIngestor ingestor = new ArticleIngestor();

    public IngestArticle(ArticleRepository articles, VocabularyCache vocabulary, ArticleChanges changes) {
        this.articles = articles;
        this.vocabulary = vocabulary;
        this.changes = changes;
    }

    @Transactional
    public Ingested ingest(String body, String mediaType, String locale, String editor) {
        Ingestion ingestion = ingestor.ingest(RawText.read(body, mediaType), locale, vocabulary.current());
        Article draft = Article.fromIngestion(UUID.randomUUID(), changes.uniqueSlug(ingestion.draft().title()), ingestion, editor);
        ArticleBounds.check(draft);
        articles.insert(draft, editor);
        return new Ingested(draft, ingestion);
    }
}

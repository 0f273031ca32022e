package dev.kinetic.content.api;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.content.catalog.CatalogChanged;
import dev.kinetic.content.desk.ArticleChanged;
import dev.kinetic.content.domain.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Published articles as ready JSON, so public reads do not touch the database on every request.
 * This instance's changes evict on commit; another replica's changes are picked up when an entry
 * is older than {@link #MAX_AGE_NANOS} (one second), the staleness a reader may see.
 */
@ApplicationScoped
public class PublishedArticleCache {

    static final long MAX_AGE_NANOS = 1_000_000_000L;

    public record Rendered(String json, int version) {
    }

    private record Entry(Optional<Rendered> rendered, long loadedAt) {
    }

    private final ObjectMapper mapper;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public PublishedArticleCache(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The published article's JSON, loading it with {@code loader} when absent or too old. */
    public Optional<Rendered> get(String slug, Function<String, Optional<Article>> loader) {
        Entry entry = entries.get(slug);
        if (entry == null || System.nanoTime() - entry.loadedAt() > MAX_AGE_NANOS) {
            Optional<Rendered> rendered = loader.apply(slug).filter(Article::isPublished)
                    .map(a -> new Rendered(write(ArticleMapper.toView(a)), a.version()));
            entry = new Entry(rendered, System.nanoTime());
            entries.put(slug, entry);
        }
        return entry.rendered();
    }

    void onArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged changed) {
        entries.remove(changed.slug());
    }

    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        entries.clear();
    }

    private String write(ArticleView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

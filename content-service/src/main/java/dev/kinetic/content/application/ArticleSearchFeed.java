package dev.kinetic.content.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import dev.kinetic.content.persistence.ArticleRepository;
import dev.kinetic.content.search.ArticleSearchIndex;
import dev.kinetic.content.search.SearchableArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;

/**
 * Keeps this replica's search index current. Its own changes are applied as they commit, so an editor finds what
 * they just published; every {@code kinetic.content.search-refresh} it reads the articles changed since the last
 * look, which brings in other replicas' changes (and its own first load). Each look reaches {@link #OVERLAP} back
 * before the newest change it saw: a change stamped earlier but committed later is still read, and the index
 * ignores what it already holds at that version. One look at a time (the first, at start, is not the scheduler's).
 */
@ApplicationScoped
public class ArticleSearchFeed {

    static final Duration OVERLAP = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(ArticleSearchFeed.class);

    private final ArticleRepository articles;
    private final ArticleSearchIndex index;
    private volatile Instant newestSeen;
    private volatile boolean loaded;

    public ArticleSearchFeed(ArticleRepository articles, ArticleSearchIndex index) {
        this.articles = articles;
        this.index = index;
    }

    void onArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged changed) {
        index.apply(SearchableArticle.of(changed.article()));
    }

    /**
     * The first look, on a worker as soon as the service has started: the scheduler's first tick comes only at the
     * next whole second after it starts, and readiness waits for the first load. Before the messaging channels are
     * started (their observer's priority is 1000), so the load runs beside their start rather than after it.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, Vertx vertx) {
        vertx.executeBlocking(() -> {
            refresh();
            return null;
        }, false);
    }

    @Scheduled(every = "${kinetic.content.search-refresh:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("Search index refresh failed, retrying at the next one: %s", e.toString());
        }
    }

    /**
     * Reads and applies what changed since the last look (the first look: every published article). Documents are read only for
     * the changes the index lacks: a newer version of an article it holds, or a newly published one — not the
     * drafts an ingestion burst writes.
     */
    public synchronized void catchUp() {
        Instant since = newestSeen;
        // Only the reads hold a connection; the index is fed after the transaction.
        Look look = QuarkusTransaction.requiringNew().call(() -> look(since));
        index.applyAll(look.lacking());
        look.newest().filter(at -> since == null || at.isAfter(since)).ifPresent(at -> newestSeen = at);
        if (!loaded) {
            loaded = true;
            LOG.infof("Search index loaded: %d published articles", index.size());
        }
    }

    /** What one look found: the articles the index lacks, and the newest change it saw (where the next look goes on). */
    private record Look(List<SearchableArticle> lacking, Optional<Instant> newest) {
    }

    private Look look(Instant since) {
        List<ArticleRepository.ChangeMark> marks;
        Optional<Instant> newest;
        if (since == null) {
            // The index starts empty, so the first look needs the published articles only, not every draft an
            // ingestion ever wrote; the next look starts from the latest change to any article.
            newest = articles.latestChange();
            marks = articles.published();
        } else {
            marks = articles.changedSince(since.minus(OVERLAP));
            newest = marks.stream().map(ArticleRepository.ChangeMark::at).max(Instant::compareTo);
        }
        List<String> wanted = marks.stream().filter(m -> index.lacks(m.slug(), m.version(), m.published()))
                .map(ArticleRepository.ChangeMark::slug).toList();
        return new Look(articles.findBySlugs(wanted).stream().map(SearchableArticle::of).toList(), newest);
    }

    /** Whether the first load is done (readiness waits for it). */
    public boolean loaded() {
        return loaded;
    }
}

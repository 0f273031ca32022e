package dev.kinetic.content.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import dev.kinetic.content.application.CatalogChanged;
import dev.kinetic.content.application.ArticleChanged;
import dev.kinetic.content.domain.Article;
import dev.kinetic.platform.cache.AskedBefore;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Public answers about published articles as ready JSON — an article by slug, a search — so public
 * reads do not touch the database, or search, on every request. An article: this instance's changes evict
 * on commit; another replica's are picked up once an entry is older than {@link #MAX_AGE} (one second), the
 * staleness a reader may see. A search answer belongs to one generation of this replica's search index,
 * which every change (this replica's or another's) moves on, so a popular query is answered once per
 * change, not once a second. Both are bounded (a search answer is held only once its question comes back, and
 * Caffeine's admission keeps the often-asked entries), so asking for made-up slugs or queries cannot grow them.
 *
 * <p>An article older than {@link #MAX_AGE} is checked by its version alone, and the JSON already rendered for
 * that version is kept when it has not changed. Rendering it afresh every second made every article a
 * second-old object: old enough to be copied into the old generation, too young to stay, so the old generation
 * filled every few seconds and each full collection stopped the service for 80-100 ms.
 */
@ApplicationScoped
public class PublishedArticleCache {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    /**
     * Search answers held, in bytes of UTF-8 JSON: about two thousand answers of ten hits, room for the queries
     * readers ask again and again. Bounded by size, not count: Caffeine admits by frequency only once the bound is
     * reached, and five thousand answers (the bound before, as strings, two bytes a character once a snippet has an
     * ellipsis) filled with queries asked once, some 35 MB of live data that lengthened every full collection.
     */
    static final long MAX_SEARCH_BYTES = 8L * 1024 * 1024;

    /**
     * An article's public JSON as the UTF-8 bytes it is sent as: held as a string, it was encoded into a new buffer
     * for every reader (a read of a 3 KB article allocated 24.6 KB, now 21 KB; the framework's own share is 12.6 KB).
     */
    public record Rendered(byte[] json, int version) {
    }

    private record SearchQuestion(String q, String locale, int size, long generation) {
    }

    /** A rendering and the catalog generation it was made in (read before the article was loaded). */
    private record Held(Rendered rendered, long catalogGeneration) {
    }

    private final ObjectMapper mapper;
    /** Which version of each article is current, as checked within the last {@link #MAX_AGE}. */
    private final Cache<String, Optional<Rendered>> articles;
    /** Each article's JSON as last rendered, kept while its version is current (changes here evict it). */
    private final Cache<String, Held> rendered = Caffeine.newBuilder().maximumSize(10_000).build();
    /** Moves on with every catalog change: a rendering made before one names exercises as they were. */
    private final AtomicLong catalogGeneration = new AtomicLong();
    private final Cache<SearchQuestion, byte[]> searches;
    /**
     * Only a question asked again is held: Caffeine's admission decides once an answer is in, so each one-off
     * query's answer was held until evicted, copied by the young collections it lived through and then promoted.
     */
    private final AskedBefore askedBefore = new AskedBefore();

    @Inject
    public PublishedArticleCache(ObjectMapper mapper) {
        this(mapper, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /**
     * With the clock the maximum age is measured by (tests move it on) and the executor of the caches' upkeep
     * (Caffeine's default, the common pool; tests run it on the calling thread, so evictions happen in order).
     */
    PublishedArticleCache(ObjectMapper mapper, Ticker ticker, Executor upkeep) {
        this.mapper = mapper;
        this.searches = Caffeine.newBuilder().maximumWeight(MAX_SEARCH_BYTES).executor(upkeep)
                .weigher((SearchQuestion question, byte[] json) -> json.length).build();
        this.articles = Caffeine.newBuilder().maximumSize(10_000).ticker(ticker)
                .expireAfter(Expiry.creating((String slug, Optional<Rendered> held) -> checkAgainAfter())).build();
    }

    /**
     * The published article's public JSON (no editor identity, no findings). When what is held is older than
     * {@link #MAX_AGE}, {@code publishedVersion} says which version is current; the article is loaded with
     * {@code loader} and rendered only when that is not the version already rendered.
     */
    public Optional<Rendered> get(String slug, Function<String, Optional<Integer>> publishedVersion,
            Function<String, Optional<Article>> loader) {
        // One check per slug at a time: when a popular entry expires, the other readers wait for it rather
        // than all asking the database at once.
        return articles.get(slug, s -> publishedVersion.apply(s).flatMap(version -> {
            long generation = catalogGeneration.get();
            Held held = rendered.getIfPresent(s);
            if (held != null && held.rendered().version() == version && held.catalogGeneration() == generation) {
                return Optional.of(held.rendered());
            }
            Optional<Rendered> fresh = loader.apply(s).filter(Article::isPublished)
                    .map(a -> new Rendered(Json.bytes(mapper, ArticleMapper.toPublicView(a)), a.version()));
            fresh.ifPresentOrElse(r -> rendered.put(s, new Held(r, generation)), () -> rendered.invalidate(s));
            return fresh;
        }));
    }

    /**
     * The published article's public JSON when its version was checked within {@link #MAX_AGE}: an answer at hand,
     * without asking the database or waiting for a check under way. Empty when it must be checked (or is not published).
     */
    public Optional<Rendered> checkedRecently(String slug) {
        Optional<Rendered> held = articles.getIfPresent(slug);
        return held == null ? Optional.empty() : held;
    }

    /**
     * The search's JSON in UTF-8 (an {@link ArticleSearchResult}) in the index's {@code generation}, computed by {@code search}
     * when absent. The generation is read before searching, so an answer is never filed under a newer one.
     */
    public byte[] search(String q, String locale, int size, long generation, Supplier<ArticleSearchResult> search) {
        SearchQuestion question = new SearchQuestion(q, locale, size, generation);
        byte[] held = searches.getIfPresent(question);
        if (held != null) {
            return held;
        }
        Function<SearchQuestion, byte[]> answer = asked -> Json.bytes(mapper, search.get());
        // asked for the first time: answered, not held
        return askedBefore.noteAndCheck(question) ? searches.get(question, answer) : answer.apply(question);
    }

    /** The bytes of search answers held (after pending evictions): for tests of the bound. */
    long heldSearchBytes() {
        searches.cleanUp();
        return searches.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    void onArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged changed) {
        articles.invalidate(changed.slug()); // searches: the index's generation moves on
        rendered.invalidate(changed.slug());
    }

    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        // exercise references show the catalog's current names (under the same article version); search hits do not
        catalogGeneration.incrementAndGet(); // a check already under way keeps its rendering only until the next one
        articles.invalidateAll();
        rendered.invalidateAll();
    }

    /**
     * Between half the maximum age and all of it, at random: articles first read together (a crawler, a start-up, a
     * benchmark walking them all) would otherwise all be checked again in the same instant every second, and the
     * readers arriving then would queue behind those checks.
     */
    private static Duration checkAgainAfter() {
        return Duration.ofNanos(ThreadLocalRandom.current().nextLong(MAX_AGE.toNanos() / 2, MAX_AGE.toNanos() + 1));
    }
}

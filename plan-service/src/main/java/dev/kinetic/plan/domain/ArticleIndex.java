package dev.kinetic.plan.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * plan-service's in-memory view of the published articles, from the compacted content-articles
 * topic. An unpublished article is kept as a tombstone with its version so that an older
 * "published" replayed later cannot bring it back. Plans link up to three articles per item.
 * Articles change rarely and plans are made often, so the links of an exercise are found once and
 * held until the next change (finding them walks every article: an eighth of a plan's creation).
 */
public final class ArticleIndex {

    static final int LINKS_PER_ITEM = 3;

    /** An article's latest known state: the article if published, null if withdrawn. */
    private record Entry(PublishedArticle article, int version) {
    }

    /** Links found since the last change: for an exercise (its slug) or for a set of conditions, in a locale. */
    private record Found(Object about, String locale) {
    }

    /** Lookups held at most between two changes; more are answered without being held (requests choose the keys). */
    static final int MAX_HELD = 10_000;

    private final Map<String, Entry> articles = new ConcurrentHashMap<>();
    // Replaced, never cleared, after each change: a lookup that raced with the change fills the map it began
    // with, which is already discarded, so a stale answer is never held.
    private volatile Map<Found, List<ArticleLink>> found = new ConcurrentHashMap<>();

    public boolean publish(PublishedArticle article) {
        return put(article.id(), article, article.version());
    }

    public boolean withdraw(String id, int version) {
        return put(id, null, version);
    }

    private boolean put(String id, PublishedArticle article, int version) {
        boolean[] applied = { false };
        articles.compute(id, (key, held) -> {
            if (held != null && held.version() >= version) {
                return held;
            }
            applied[0] = true;
            return new Entry(article, version);
        });
        if (applied[0]) {
            found = new ConcurrentHashMap<>();
        }
        return applied[0];
    }

    public int published() {
        return (int) articles.values().stream().filter(e -> e.article() != null).count();
    }

    /** Articles about an exercise, in the person's language first, then by slug. */
    public List<ArticleLink> about(String exercise, String locale) {
        return held(exercise, locale, a -> a.exercises().contains(exercise));
    }

    /** Articles about any of the conditions. */
    public List<ArticleLink> aboutAny(Set<String> conditions, String locale) {
        Set<String> about = Set.copyOf(conditions);
        return held(about, locale, a -> a.conditions().stream().anyMatch(about::contains));
    }

    private List<ArticleLink> held(Object about, String locale, Predicate<PublishedArticle> wanted) {
        Map<Found, List<ArticleLink>> held = found;
        Found key = new Found(about, locale);
        List<ArticleLink> links = held.get(key);
        if (links == null) {
            links = find(wanted, locale);
            if (held.size() < MAX_HELD) {
                held.putIfAbsent(key, links);
            }
        }
        return links;
    }

    private List<ArticleLink> find(Predicate<PublishedArticle> wanted, String locale) {
        return articles.values().stream().map(Entry::article).filter(Objects::nonNull).filter(wanted)
                .sorted(Comparator.comparing((PublishedArticle a) -> !a.locale().equals(locale)).thenComparing(PublishedArticle::slug))
                .limit(LINKS_PER_ITEM).map(PublishedArticle::link).toList();
    }

    /** The plan with each item linked to the articles that explain its exercise. */
    public Plan link(Plan plan, String locale) {
        return plan.mapItems(item -> item.withArticles(about(item.exercise(), locale)));
    }
}

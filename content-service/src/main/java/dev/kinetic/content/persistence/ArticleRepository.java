package dev.kinetic.content.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleRevision;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.platform.json.Json;
import dev.kinetic.platform.persistence.SessionSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Articles as documents, every save also a revision. */
@ApplicationScoped
public class ArticleRepository {

    private static final String NEXT_SLUG_NUMBER = """
            WITH taken AS (
                INSERT INTO article_slug_number AS n (base, last) VALUES (?, 1)
                ON CONFLICT (base) DO UPDATE SET last = n.last + 1
                RETURNING base, last)
            SELECT last, EXISTS (SELECT 1 FROM article
                                 WHERE slug = CASE WHEN last = 1 THEN base ELSE base || '-' || last END)
            FROM taken""";

    /**
     * A revision copies the row just written (changed by, article id): PostgreSQL neither parses the document again nor
     * compresses it again (measured with pgbench on an 8 KB document: 1.04 ms for both inserts sending it twice, 0.85 ms so).
     */
    private static final String REVISION_COPY = """
            INSERT INTO article_revision (article_id, version, status, document, changed_at, changed_by)
            SELECT id, version, status, document, now(), ? FROM article WHERE id = ?""";

    /** A new article and its revision: both statements go in one round trip. */
    private static final String INSERT_WITH_REVISION = """
            INSERT INTO article (id, slug, locale, status, version, title, document, publish_at, published_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, cast(? AS jsonb), ?, ?, ?, ?);
            """ + REVISION_COPY;

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final SessionSql sql;

    public ArticleRepository(EntityManager entityManager, ObjectMapper mapper, SessionSql sql) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.sql = sql;
    }

    public Optional<Article> findBySlug(String slug) {
        return entityManager.createQuery("FROM ArticleEntity WHERE slug = :slug", ArticleEntity.class)
                .setParameter("slug", slug).getResultStream().findFirst().map(e -> read(e.document));
    }

    /** The version of the published article with this slug, if there is one: a look-up that reads no document. */
    public Optional<Integer> publishedVersion(String slug) {
        return entityManager.createQuery("SELECT version FROM ArticleEntity WHERE slug = :slug AND status = 'published'", Integer.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<Article> findBySlugForUpdate(String slug) {
        return entityManager.createQuery("FROM ArticleEntity WHERE slug = :slug", ArticleEntity.class)
                .setParameter("slug", slug).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(e -> read(e.document));
    }

    /** The next scheduled article that is due, row-locked; other transactions skip it. */
    @SuppressWarnings("unchecked")
    public Optional<java.util.UUID> claimNextDue() {
        List<Object> ids = entityManager.createNativeQuery("""
                SELECT id FROM article WHERE status = 'scheduled' AND publish_at <= now()
                ORDER BY publish_at LIMIT 1 FOR UPDATE SKIP LOCKED""").getResultList();
        return ids.stream().findFirst().map(id -> (java.util.UUID) id);
    }

    public Optional<Article> findById(java.util.UUID id) {
        return Optional.ofNullable(entityManager.find(ArticleEntity.class, id)).map(e -> read(e.document));
    }

    /**
     * The next number for a slug made from {@code base} (1 the first time: the base itself), and whether an
     * article already has the slug it makes; one statement. The number's row stays locked until the caller's
     * transaction ends, so two drafts with the same title created at once take one number each.
     */
    public SlugNumber nextSlugNumber(String base) {
        return sql.query(NEXT_SLUG_NUMBER, next -> next.setString(1, base), row -> {
            row.next();
            return new SlugNumber(row.getInt(1), row.getBoolean(2));
        });
    }

    /** A number for a slug base, and whether the slug it makes is already an article's. */
    public record SlugNumber(int number, boolean taken) {
    }

    /** Records {@code number} as the last handed out for {@code base}; the caller holds its row. */
    public void skipSlugNumbersTo(String base, int number) {
        entityManager.createNativeQuery("UPDATE article_slug_number SET last = ?2 WHERE base = ?1")
                .setParameter(1, base).setParameter(2, number).executeUpdate();
    }

    /** The slug and every slug made from it by a numeric suffix, in one query. */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> slugsLike(String base) {
        return new java.util.HashSet<>(entityManager.createNativeQuery(
                "SELECT slug FROM article WHERE slug = ?1 OR slug LIKE ?2")
                .setParameter(1, base).setParameter(2, base.replace("%", "\\%").replace("_", "\\_") + "-%")
                .getResultList());
    }

    public boolean slugTaken(String slug) {
        return !entityManager.createQuery("SELECT 1 FROM ArticleEntity WHERE slug = :slug")
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    /** Stores an article and its revision, creating it when its id is new. */
    public void save(Article article, String changedBy) {
        write(article, changedBy, entityManager.find(ArticleEntity.class, article.id()));
    }

    /**
     * Stores a new article under an id just made for it, and its first revision, in one round trip: nothing is looked
     * up first (a repeated id still fails on the primary key) and no entity is kept for the session to flush. An
     * ingestion is this: at its peak, this insert and the slug's number through Hibernate's entity and native-query
     * machinery were a quarter of content-service's CPU samples (JDBC and taking the connection included).
     */
    public void insert(Article article, String changedBy) {
        String document = Json.write(mapper, ArticleDocuments.of(article));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        sql.execute(INSERT_WITH_REVISION, insert -> {
            insert.setObject(1, article.id());
            insert.setString(2, article.slug());
            insert.setString(3, article.locale());
            insert.setString(4, article.status().slug());
            insert.setInt(5, article.version());
            insert.setString(6, article.title());
            insert.setString(7, document);
            insert.setObject(8, article.publishAt() == null ? null : article.publishAt().atOffset(ZoneOffset.UTC));
            insert.setObject(9, article.publishedAt() == null ? null : article.publishedAt().atOffset(ZoneOffset.UTC));
            insert.setObject(10, now);
            insert.setObject(11, now);
            insert.setString(12, changedBy);
            insert.setObject(13, article.id());
        });
    }

    private void write(Article article, String changedBy, ArticleEntity stored) {
        String document = Json.write(mapper, ArticleDocuments.of(article));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ArticleEntity entity = stored;
        boolean isNew = entity == null;
        if (isNew) {
            entity = new ArticleEntity();
            entity.id = article.id();
            entity.createdAt = now;
        }
        entity.slug = article.slug();
        entity.locale = article.locale();
        entity.status = article.status().slug();
        entity.version = article.version();
        entity.title = article.title();
        entity.document = document;
        entity.publishAt = article.publishAt() == null ? null : article.publishAt().atOffset(ZoneOffset.UTC);
        entity.publishedAt = article.publishedAt() == null ? null : article.publishedAt().atOffset(ZoneOffset.UTC);
        entity.updatedAt = now;
        if (isNew) {
            entityManager.persist(entity);
        }
        entityManager.flush();
        sql.execute(REVISION_COPY, copy -> {
            copy.setString(1, changedBy);
            copy.setObject(2, article.id());
        });
    }

    /** Published articles, newest first, with every given tag (null filters are ignored). */
    @SuppressWarnings("unchecked")
    public Page<Article> published(String muscle, String condition, String exercise, String locale, int page, int size) {
        String where = """
                FROM article WHERE status = 'published'
                  AND (cast(?1 AS text) IS NULL OR document->'tags'->'muscles' @> jsonb_build_array(cast(?1 AS text)))
                  AND (cast(?2 AS text) IS NULL OR document->'tags'->'conditions' @> jsonb_build_array(cast(?2 AS text)))
                  AND (cast(?3 AS text) IS NULL OR document->'tags'->'exercises' @> jsonb_build_array(cast(?3 AS text)))
                  AND (cast(?4 AS text) IS NULL OR locale = cast(?4 AS text))""";
        var count = entityManager.createNativeQuery("SELECT count(*) " + where);
        var select = entityManager.createNativeQuery("SELECT document::text " + where + " ORDER BY published_at DESC, slug LIMIT ?5 OFFSET ?6");
        for (var query : List.of(count, select)) {
            query.setParameter(1, muscle).setParameter(2, condition).setParameter(3, exercise).setParameter(4, locale);
        }
        select.setParameter(5, size).setParameter(6, (long) page * size);
        List<Article> items = ((List<String>) select.getResultList()).stream().map(this::read).toList();
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }

    /** That an article reached {@code version} at {@code at}, and whether it is published now. */
    public record ChangeMark(String slug, int version, boolean published, Instant at) {
    }

    /** Which articles changed at or after {@code since}: small rows, no documents. */
    @SuppressWarnings("unchecked")
    public List<ChangeMark> changedSince(Instant since) {
        return marks(entityManager.createNativeQuery("""
                SELECT slug, version, status = 'published', updated_at FROM article WHERE updated_at >= ?1""")
                .setParameter(1, since.atOffset(ZoneOffset.UTC)).getResultList());
    }

    /** The published articles' marks: all a search index starting empty needs, however many drafts there are. */
    @SuppressWarnings("unchecked")
    public List<ChangeMark> published() {
        return marks(entityManager.createNativeQuery("""
                SELECT slug, version, true, updated_at FROM article WHERE status = 'published'""").getResultList());
    }

    /** When the latest change to any article was stamped; empty while there are none. */
    public Optional<Instant> latestChange() {
        return Optional.ofNullable(entityManager.createNativeQuery("SELECT max(updated_at) FROM article").getSingleResult())
                .map(ArticleRepository::instant);
    }

    private static List<ChangeMark> marks(List<Object[]> rows) {
        return rows.stream().map(r -> new ChangeMark((String) r[0], ((Number) r[1]).intValue(), (Boolean) r[2], instant(r[3])))
                .toList();
    }

    /** The articles with these slugs as they are now. */
    @SuppressWarnings("unchecked")
    public List<Article> findBySlugs(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return ((List<String>) entityManager.createNativeQuery("SELECT document::text FROM article WHERE slug = ANY(cast(?1 AS text[]))")
                .setParameter(1, slugs.toArray(String[]::new)).getResultList()).stream().map(this::read).toList();
    }

    /** Who saved which version when, oldest first. */
    @SuppressWarnings("unchecked")
    public List<ArticleRevision> revisions(java.util.UUID articleId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT version, status, changed_at, changed_by FROM article_revision WHERE article_id = ?1 ORDER BY version")
                .setParameter(1, articleId).getResultList();
        return rows.stream().map(r -> new ArticleRevision(((Number) r[0]).intValue(), (String) r[1],
                instant(r[2]), (String) r[3])).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Article> revision(java.util.UUID articleId, int version) {
        List<String> documents = entityManager.createNativeQuery(
                "SELECT document::text FROM article_revision WHERE article_id = ?1 AND version = ?2")
                .setParameter(1, articleId).setParameter(2, version).getResultList();
        return documents.stream().findFirst().map(this::read);
    }

    /** A timestamptz column as the driver returns it in a native query (either type, by Hibernate's settings). */
    private static Instant instant(Object column) {
        return column instanceof OffsetDateTime t ? t.toInstant() : (Instant) column;
    }

    private Article read(String document) {
        return ArticleDocuments.toArticle(Json.read(mapper, document, ArticleDocument.class));
    }
}

package dev.kinetic.exercise.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Stores exercises as their public document plus the columns the database queries and searches. */
@ApplicationScoped
public class ExerciseRepository {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public ExerciseRepository(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    public List<Exercise> loadAll() {
        return entityManager.createQuery("FROM ExerciseEntity", ExerciseEntity.class).getResultList().stream()
                .map(e -> read(e.document))
                .toList();
    }

    /** The exercise, row-locked until the transaction ends, so concurrent edits serialise. */
    public Optional<Exercise> findForUpdate(String slug) {
        return Optional.ofNullable(entityManager.find(ExerciseEntity.class, slug, LockModeType.PESSIMISTIC_WRITE))
                .map(e -> read(e.document));
    }

    /** The exercises of a batch that already exist, row-locked, in one query. */
    public java.util.Map<String, Exercise> findAllForUpdate(java.util.Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Exercise> found = new java.util.HashMap<>();
        entityManager.createQuery("FROM ExerciseEntity e WHERE e.slug IN :slugs", ExerciseEntity.class)
                .setParameter("slugs", slugs)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(e -> found.put(e.slug, read(e.document)));
        return found;
    }

    public boolean exists(String slug) {
        return entityManager.find(ExerciseEntity.class, slug) != null;
    }

    /** Inserts or replaces the exercise and records the revision; the caller bumps the catalog revision. */
    public void save(Exercise exercise, String changedBy) {
        String document = Json.write(mapper, ExerciseDocuments.of(exercise));
        OffsetDateTime now = OffsetDateTime.now();
        ExerciseEntity entity = entityManager.find(ExerciseEntity.class, exercise.slug());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new ExerciseEntity();
            entity.slug = exercise.slug();
            entity.createdAt = now;
        }
        entity.status = exercise.status().slug();
        entity.version = exercise.version();
        entity.document = document;
        entity.searchText = searchText(exercise);
        entity.updatedAt = now;
        if (isNew) {
            entityManager.persist(entity);
        }

        ExerciseRevisionEntity revision = new ExerciseRevisionEntity();
        revision.slug = exercise.slug();
        revision.version = exercise.version();
        revision.document = document;
        revision.changedAt = now;
        revision.changedBy = changedBy;
        entityManager.persist(revision);
    }

    /** Marks the catalog as changed, once per transaction that changed it, so other replicas refresh. */
    public void bumpCatalogRevision() {
        entityManager.createNativeQuery("UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1").executeUpdate();
    }

    public long catalogRevision() {
        return ((Number) entityManager.createNativeQuery("SELECT revision FROM catalog_revision WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** Serialises catalog seeding and imports across replicas for the rest of the transaction. */
    public void lockCatalogForBulkWrite() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(7264353)").getSingleResult();
    }

    /**
     * Active exercises ranked by full-text match (stems, so plurals match) and trigram similarity
     * (so typos and run-together words match).
     */
    @SuppressWarnings("unchecked")
    public List<SearchHit> search(String text, int limit) {
        // <% and % are pg_trgm's operators, which the trigram index serves (thresholds are set per
        // connection in application.properties); the functions then only score the candidates.
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT slug,
                       ts_rank(search_vector, query) * 2
                         + greatest(word_similarity(?2, search_text), similarity(?2, search_text)) AS score
                FROM exercise, websearch_to_tsquery('english', ?1) AS query
                WHERE status = 'active'
                  AND (search_vector @@ query OR ?2 <% search_text OR search_text % ?2)
                ORDER BY score DESC, slug
                LIMIT ?3""")
                .setParameter(1, text)
                .setParameter(2, text.toLowerCase(java.util.Locale.ROOT))
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new SearchHit((String) r[0], ((Number) r[1]).doubleValue())).toList();
    }

    private Exercise read(String document) {
        return ExerciseDocuments.toExercise(Json.read(mapper, document, ExerciseDocument.class));
    }

    /** Text the search index covers: names, aliases and their run-together forms (for "dedbug"). */
    static String searchText(Exercise e) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(e.name());
        parts.addAll(e.aliases());
        e.names().values().forEach(n -> {
            parts.add(n.name());
            parts.addAll(n.aliases());
        });
        parts.add(e.name().replaceAll("[^\\p{L}\\p{N}]", ""));
        e.aliases().forEach(a -> parts.add(a.replaceAll("[^\\p{L}\\p{N}]", "")));
        return String.join(" ", parts).toLowerCase(java.util.Locale.ROOT);
    }

    public record SearchHit(String slug, double score) {
    }
}

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

    /**
     * Every exercise, read as its document's text: no entity is made, tracked or hydrated through Hibernate's JSON
     * mapping for the thousand or more that a replica loads at start.
     */
    public List<Exercise> loadAll() {
        @SuppressWarnings("unchecked")
        List<String> documents = entityManager.createNativeQuery("SELECT document::text FROM exercise", String.class).getResultList();
        return documents.stream().map(this::read).toList();
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

    private Exercise read(String document) {
        return ExerciseDocuments.toExercise(Json.read(mapper, document, ExerciseDocument.class));
    }

}

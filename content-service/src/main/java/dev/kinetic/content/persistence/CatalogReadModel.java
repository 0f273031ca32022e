package dev.kinetic.content.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.content.domain.CatalogVocabulary;
import dev.kinetic.contracts.catalog.ExerciseEvent;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** content-service's copy of the exercise catalog: what ingestion links against. */
@ApplicationScoped
public class CatalogReadModel {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, List<String>>> NAMES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public CatalogReadModel(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * Applies an exercise's state if it is newer than what is held; true if it was applied. Older or
     * repeated versions change nothing, so replays and redeliveries are harmless.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(ExerciseEvent e) {
        List<String> avoidFor = e.contraindications() == null ? List.of() : e.contraindications().stream()
                .filter(c -> "avoid".equals(c.severity())).map(ExerciseEvent.Contraindication::condition).toList();
        return entityManager.createNativeQuery("""
                INSERT INTO catalog_exercise (slug, name, aliases, primary_muscles, avoid_for, level, status, version, updated_at, names, curated)
                VALUES (?1, ?2, cast(?3 AS jsonb), cast(?4 AS jsonb), cast(?5 AS jsonb), ?6, ?7, ?8, now(), cast(?9 AS jsonb), ?10)
                ON CONFLICT (slug) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, names = excluded.names,
                    curated = excluded.curated,
                    primary_muscles = excluded.primary_muscles, avoid_for = excluded.avoid_for, level = excluded.level,
                    status = excluded.status, version = excluded.version, updated_at = excluded.updated_at
                WHERE catalog_exercise.version < excluded.version""")
                .setParameter(1, e.slug())
                .setParameter(2, e.name())
                .setParameter(3, json(e.aliases()))
                .setParameter(4, json(e.primaryMuscles()))
                .setParameter(5, json(avoidFor))
                .setParameter(6, e.level())
                .setParameter(7, e.status())
                .setParameter(8, e.version())
                .setParameter(9, namesJson(e.names()))
                .setParameter(10, e.curated())
                .executeUpdate() == 1;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<CatalogVocabulary.ExerciseTerm> exercises() {
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT slug, name, aliases::text, primary_muscles::text, avoid_for::text, level, status, names::text, curated FROM catalog_exercise ORDER BY slug")
                .getResultList();
        List<CatalogVocabulary.ExerciseTerm> terms = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            terms.add(new CatalogVocabulary.ExerciseTerm((String) r[0], (String) r[1], set((String) r[2]), set((String) r[3]),
                    set((String) r[4]), (String) r[5], "active".equals(r[6]), names((String) r[7]), Boolean.TRUE.equals(r[8])));
        }
        return terms;
    }

    /** Keeps the catalog's latest vocabularies (one producer, so the latest replaces what is held). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyVocabulary(dev.kinetic.contracts.catalog.CatalogVocabulary vocabulary) {
        entityManager.createNativeQuery("""
                INSERT INTO catalog_vocabulary (id, document, updated_at) VALUES (1, cast(?1 AS jsonb), now())
                ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at""")
                .setParameter(1, json(vocabulary)).executeUpdate();
    }

    /** The catalog's vocabularies, once exercise-service has published them. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.Optional<dev.kinetic.contracts.catalog.CatalogVocabulary> vocabulary() {
        List<String> rows = entityManager.createNativeQuery("SELECT document::text FROM catalog_vocabulary WHERE id = 1").getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Json.read(mapper, rows.get(0), dev.kinetic.contracts.catalog.CatalogVocabulary.class));
    }

    @Transactional
    public long size() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM catalog_exercise").getSingleResult()).longValue();
    }

    private Set<String> set(String json) {
        return new LinkedHashSet<>(Json.read(mapper, json, STRINGS));
    }

    /** Stored as language -> [name, aliases...], the shape linking reads. */
    private String namesJson(Map<String, ExerciseEvent.LocalNames> names) {
        Map<String, List<String>> stored = new TreeMap<>();
        if (names != null) {
            names.forEach((language, n) -> {
                if (n != null && n.name() != null && !n.name().isBlank()) {
                    List<String> all = new ArrayList<>();
                    all.add(n.name());
                    if (n.aliases() != null) {
                        all.addAll(n.aliases());
                    }
                    stored.put(language, all);
                }
            });
        }
        return Json.write(mapper, stored);
    }

    private Map<String, List<String>> names(String json) {
        return json == null ? Map.of() : Json.read(mapper, json, NAMES);
    }

    private String json(Object values) {
        return Json.write(mapper, values == null ? List.of() : values);
    }
}

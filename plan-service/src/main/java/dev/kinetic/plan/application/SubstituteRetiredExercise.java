package dev.kinetic.plan.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kinetic.plan.domain.PlanStatus;
import dev.kinetic.plan.domain.Plan;
import dev.kinetic.plan.domain.PlanAdapter;
import dev.kinetic.plan.domain.PlanRequest;
import dev.kinetic.plan.persistence.PlanEntity;
import dev.kinetic.plan.readmodel.ArticleReadModel;
import dev.kinetic.plan.readmodel.CatalogReadModel;
import dev.kinetic.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Gives active plans a substitute for an exercise the catalog retired, in the sessions still ahead.
 */
@ApplicationScoped
public class SubstituteRetiredExercise {

    private final CatalogReadModel catalog;
    private final ArticleReadModel articles;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final PlanVersions versions;
    private final EntityManager entityManager;
    private final PlanAdapter adapter = new PlanAdapter();

    public SubstituteRetiredExercise(CatalogReadModel catalog, ArticleReadModel articles, Outbox outbox, MeterRegistry registry, PlanVersions versions, EntityManager entityManager) {
        this.catalog = catalog;
        this.articles = articles;
        this.outbox = outbox;
        this.registry = registry;
        this.versions = versions;
        this.entityManager = entityManager;
    }

    /** The active plans with each of {@code exercises} in a session still ahead, by exercise. */
    @Transactional
    public Map<String, List<UUID>> activePlansUsing(List<String> exercises) {
        // Untyped: a native query given a result class gets a fresh result mapping each call, and with it another
        // cached query plan under the same hash (once a tenth of plan-service's CPU). The uuid column stays a UUID.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT p.id, e.exercise FROM plan p CROSS JOIN LATERAL unnest(p.upcoming_exercises) AS e(exercise)
                WHERE p.status = ?2 AND p.upcoming_exercises && CAST(?1 AS text[]) AND e.exercise = ANY(CAST(?1 AS text[]))""")
                .setParameter(1, exercises.toArray(String[]::new)).setParameter(2, PlanStatus.ACTIVE.slug()).getResultList();
        Map<String, List<UUID>> byExercise = new HashMap<>();
        for (Object[] row : rows) {
            byExercise.computeIfAbsent((String) row[1], e -> new ArrayList<>()).add((UUID) row[0]);
        }
        return byExercise;
    }

    /**
     * Gives a plan a substitute for a retired exercise in its sessions still ahead. Every replica
     * sees the retirement; the row lock and the check that the plan still uses the exercise make
     * the second one a no-op.
     */
    @Transactional
    public boolean substitute(UUID id, String retired) {
        PlanEntity plan = PlanEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !PlanStatus.of(plan.status).adapts() || !List.of(plan.upcomingExercises).contains(retired)) {
            return false;
        }
        PlanDocument current = versions.read(versions.document(id, plan.version));
        PlanRequest request = PlanInputs.toDomain(current.request());
        PlanAdapter.Revision revision = adapter.substitute(current.plan(), plan.lastFeedbackSession, retired, request,
                catalog.index().snapshot().arranged());
        if (!revision.changed()) {
            return false;
        }
        Instant now = versions.now();
        int version = plan.version + 1;
        Plan linked = articles.index().link(revision.plan(), PlanInputs.locale(current.request()));
        versions.save(plan, current.revised(version, plan.status, now, null, linked, revision.changes()), "exercise-retired",
                revision.changes(), now);
        plan.upcomingExercises = linked.exercisesAfter(plan.lastFeedbackSession).toArray(String[]::new);
        plan.updatedAt = now.atOffset(ZoneOffset.UTC);
        outbox.stage(PlanEvents.adjusted(new PlanEvents.Adjusted(id, plan.partner, version, "exercise-retired", null, retired,
                revision.changes(), linked.exercises())));
        registry.counter("kinetic.plans.substitutions").increment();
        return true;
    }
}

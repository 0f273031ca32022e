package dev.kinetic.plan.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kinetic.plan.persistence.PlanEntity;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import dev.kinetic.plan.persistence.PlanHead;
import dev.kinetic.plan.persistence.PlanHeads;
import jakarta.transaction.Transactional;

/**
 * Reads plans, scoped to the partner they belong to.
 */
@ApplicationScoped
public class ReadPlans {

    /** Which version of a plan is current; {@link ReadPlans#document(Current)} reads it when it is needed. */
    public record Current(UUID id, int version) {
    }

    private final PlanVersions versions;
    private final PlanHeads heads;

    public ReadPlans(PlanVersions versions, PlanHeads heads) {
        this.versions = versions;
        this.heads = heads;
    }

    /**
     * The current version of a plan the caller may see ({@code partner} null: any partner's); no transaction of its
     * own. A change made through another replica is seen once its event arrives here (PlanHeads).
     */
    public Optional<Current> current(UUID id, String partner) {
        return owned(id, partner, heads.of(id));
    }

    /** The same if this replica holds it in memory; never asks the database (empty: ask {@link #current}). */
    public Optional<Current> held(UUID id, String partner) {
        return owned(id, partner, heads.held(id));
    }

    /** The same, as the database has it at this moment: for a client that asked not to be answered from a cache. */
    public Optional<Current> currentNow(UUID id, String partner) {
        return owned(id, partner, heads.fresh(id));
    }

    private static Optional<Current> owned(UUID id, String partner, Optional<PlanHead> head) {
        return head.filter(h -> partner == null || h.partner().equals(partner)).map(h -> new Current(id, h.version()));
    }

    /** The stored document of that version (from the cache, or the database). */
    @Transactional
    public PlanDocument document(Current current) {
        return versions.read(versions.document(current.id(), current.version()));
    }

    @Transactional
    public PlanDocument document(UUID id, String partner) {
        Current current = current(id, partner).orElseThrow(() -> ProblemException.notFound("No plan " + id));
        return document(current);
    }

    @Transactional
    public Page<PlanSummary> list(String partner, int page, int size) {
        var query = PlanEntity.<PlanEntity>find("partner = ?1 order by createdAt desc, id", partner);
        List<PlanSummary> items = query.page(page, size).list().stream()
                .map(p -> new PlanSummary(p.id, p.version, p.outcome, p.status, p.createdAt.toInstant(), p.updatedAt.toInstant()))
                .toList();
        return new Page<>(items, page, size, query.count());
    }
}

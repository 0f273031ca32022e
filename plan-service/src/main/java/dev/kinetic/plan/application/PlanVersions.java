package dev.kinetic.plan.application;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.persistence.PlanEntity;
import dev.kinetic.plan.persistence.PlanHeads;
import dev.kinetic.plan.persistence.PlanRows;
import dev.kinetic.platform.events.OutgoingEvent;
import dev.kinetic.plan.persistence.PlanVersionEntity;
import dev.kinetic.plan.persistence.VersionDocuments;
import dev.kinetic.platform.json.CompressedJson;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * A plan's versions: each stored as a compressed document beside the plan row, read through the cache.
 */
@ApplicationScoped
public class PlanVersions {

    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final VersionDocuments documents;
    private final Clock clock;
    private final PlanHeads heads;
    private final PlanRows rows;

    public PlanVersions(ObjectMapper mapper, EntityManager entityManager, VersionDocuments documents, Clock clock, PlanHeads heads,
            PlanRows rows) {
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.documents = documents;
        this.clock = clock;
        this.heads = heads;
        this.rows = rows;
    }

    /** Stores {@code view} as the plan's next version and makes it current. */
    public void save(PlanEntity plan, PlanDocument view, String cause, List<String> changes, Instant now) {
        plan.version = view.version();
        store(plan.id, plan.partner, view.version(), cause, changes, Json.bytes(mapper, view), now);
    }

    /**
     * Stores {@code json} (UTF-8) as {@code version} of {@code partner}'s plan, its head once the transaction commits;
     * returns it compressed as stored, in both HTTP codings.
     */
    public CompressedJson store(UUID id, String partner, int version, String cause, List<String> changes, byte[] json, Instant now) {
        CompressedJson compressed = CompressedJson.of(json);
        rows.insert(versionRow(id, version, cause, changes, compressed, now.atOffset(ZoneOffset.UTC)));
        heads.committing(id, partner, version);
        return compressed;
    }

    /**
     * Stores a new plan's row and {@code json} (UTF-8) as its first version, and stages {@code event}, in one round trip;
     * as {@link #store}.
     */
    public CompressedJson storeNew(PlanRows.NewPlan plan, byte[] json, OutgoingEvent event) {
        CompressedJson compressed = CompressedJson.of(json);
        rows.insert(plan, versionRow(plan.id(), plan.version(), "generated", List.of(), compressed, plan.createdAt()), event);
        heads.committing(plan.id(), plan.partner(), plan.version());
        return compressed;
    }

    private PlanRows.NewVersion versionRow(UUID id, int version, String cause, List<String> changes, CompressedJson compressed,
            OffsetDateTime at) {
        return new PlanRows.NewVersion(id, version, cause, Json.write(mapper, changes), compressed.zlib(), at);
    }

    /** A version's document, from the cache or the database. */
    public String document(UUID id, int version) {
        return documents.get(id, version, () -> {
            // An entity lookup, not a native query: Hibernate's cache of native-query plans slows down as it grows.
            PlanVersionEntity.Key key = new PlanVersionEntity.Key();
            key.planId = id;
            key.version = version;
            return CompressedJson.inflate(entityManager.find(PlanVersionEntity.class, key).document);
        });
    }

    public PlanDocument read(String json) {
        return Json.read(mapper, json, PlanDocument.class);
    }

    /** Now, at the precision the database keeps. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

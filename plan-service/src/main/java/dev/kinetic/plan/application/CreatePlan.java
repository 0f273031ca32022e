package dev.kinetic.plan.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.Slugs;
import dev.kinetic.plan.domain.CatalogTerms;
import dev.kinetic.platform.json.CompressedJson;
import dev.kinetic.platform.problem.Violation;
import dev.kinetic.plan.domain.CatalogIndex;
import dev.kinetic.plan.domain.PlanStatus;
import dev.kinetic.plan.domain.Plan;
import dev.kinetic.plan.domain.PlanGenerator;
import dev.kinetic.plan.domain.RedFlagScreen;
import dev.kinetic.plan.persistence.PlanEntity;
import dev.kinetic.plan.persistence.PlanRows;
import dev.kinetic.plan.readmodel.ArticleReadModel;
import dev.kinetic.plan.readmodel.CatalogReadModel;
import dev.kinetic.platform.events.OutgoingEvent;
import dev.kinetic.platform.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * Creates a plan, or a referral when screening finds a red flag; an Idempotency-Key replays the first result.
 */
@ApplicationScoped
public class CreatePlan {

    /**
     * A plan as created, or as first created when an Idempotency-Key is replayed; {@code compressed} is the document's
     * JSON as this call wrote and stored it (null for a replay, whose stored JSON may be an earlier release's).
     */
    public record Created(PlanDocument document, CompressedJson compressed, boolean replayed) {
    }

    private final CatalogReadModel catalog;
    private final ArticleReadModel articles;
    private final MeterRegistry registry;
    private final PlanVersions versions;
    private final ObjectMapper mapper;
    private final PlanGenerator generator = new PlanGenerator();
    private final RedFlagScreen screen = new RedFlagScreen();

    public CreatePlan(CatalogReadModel catalog, ArticleReadModel articles, MeterRegistry registry, PlanVersions versions, ObjectMapper mapper) {
        this.catalog = catalog;
        this.articles = articles;
        this.registry = registry;
        this.versions = versions;
        this.mapper = mapper;
    }

    /**
     * At most this many creations at once per replica; beyond that a request is refused at once with 503
     * {@code overloaded} and Retry-After, rather than queued holding memory. Sized by the latency a partner is
     * promised, not by the few in flight at a steady peak: at 1,000 creations a second a 50 ms pause (a collection,
     * the compiler) gathers ~50, which are still answered within the p99 target of 50 ms, and at 32 were shed
     * (measured: 20-27 refused at 1,000/s where 48 refused none). Near the replica's capacity the queue after a pause
     * then drains slowly, so the tail is longer instead (README, the night round): a later answer rather than a 503
     * and a retry a second later. Not above the 48 workers a creation runs on.
     * Configurable as {@code quarkus.fault-tolerance."dev.kinetic.plan.application.CreatePlan/create".bulkhead.value}.
     */
    static final int CONCURRENT_CREATIONS = 48;

    @Transactional
    @Bulkhead(CONCURRENT_CREATIONS)
    public Created create(String partner, String idempotencyKey, PlanInput body, List<Violation> fieldViolations) {
        CatalogTerms terms = catalog.terms().orElseThrow(() -> new ProblemException(PlanProblems.CATALOG_UNAVAILABLE,
                "plan-service has not received the catalog's vocabularies yet; retry shortly"));
        PlanInputs.check(body, fieldViolations, terms);
        String hash = idempotencyKey == null ? null : hash(body);
        if (idempotencyKey != null) {
            Optional<Created> replay = replay(partner, idempotencyKey, hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Instant now = versions.now();
        UUID id = UUID.randomUUID();
        String locale = PlanInputs.locale(body);
        var readMore = articles.index().aboutAny(Set.copyOf(body.conditionsOrNone()), locale);
        PlanDocument view;
        long catalogVersion;
        if (screen.screen(PlanInputs.answers(body)) instanceof RedFlagScreen.Referral referral) {
            catalogVersion = catalog.index().version();
            view = new PlanDocument(id, 1, "referral", PlanStatus.REFERRED.slug(), now, now, catalogVersion, body, Referral.of(referral), null,
                    readMore, List.of(), PlanDocument.DISCLAIMER);
        } else {
            CatalogIndex.Snapshot snapshot = catalog.index().snapshot();
            if (!snapshot.arranged().hasActive()) {
                throw new ProblemException(PlanProblems.CATALOG_UNAVAILABLE,
                        "plan-service has not received the exercise catalog yet; retry shortly");
            }
            catalogVersion = snapshot.version();
            Plan plan = articles.index().link(generator.generate(PlanInputs.toDomain(body), snapshot.arranged()), locale);
            view = new PlanDocument(id, 1, "plan", PlanStatus.ACTIVE.slug(), now, now, catalogVersion, body, null, plan, readMore, List.of(),
                    PlanDocument.DISCLAIMER);
        }
        // UTF-8 bytes straight from Jackson, compressed from those: no String written through a Writer to encode again.
        byte[] json = Json.bytes(mapper, view);
        List<String> exercises = view.plan() == null ? List.of() : view.plan().exercises();
        OutgoingEvent generated = PlanEvents.generated(new PlanEvents.Generated(id, partner, 1, view.outcome(), view.status(),
                body.goals().stream().map(g -> g.slug()).toList(), Slugs.of(body.level()), body.conditionsOrNone(),
                body.weeks(), view.plan() == null ? 0 : view.plan().sessionCount(),
                exercises,
                view.referral() == null ? null : new PlanEvents.Referral(view.referral().urgency()),
                catalogVersion));
        CompressedJson compressed = versions.storeNew(new PlanRows.NewPlan(id, partner, idempotencyKey, hash, view.outcome(),
                view.status(), 1, exercises, catalogVersion, now.atOffset(ZoneOffset.UTC)), json, generated);
        registry.counter("kinetic.plans.created", "outcome", view.outcome()).increment();
        return new Created(view, compressed, false);
    }

    /** The plan first created with this key, if any; a different request under the same key is refused. */
    @Transactional
    public Optional<Created> replay(String partner, String idempotencyKey, String hash) {
        Optional<PlanEntity> existing = PlanEntity.<PlanEntity>find("partner = ?1 and idempotencyKey = ?2", partner, idempotencyKey)
                .firstResultOptional();
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (!existing.get().requestHash.equals(hash)) {
            throw new ProblemException(PlanProblems.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + idempotencyKey
                    + " was first used for a different request; use a new key for a new request");
        }
        String json = versions.document(existing.get().id, 1);
        return Optional.of(new Created(versions.read(json), null, true));
    }

    public String hash(PlanInput body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.bytes(mapper, body));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash a plan request", e);
        }
    }
}

package dev.kinetic.plan.planning;

import dev.kinetic.contracts.Slugs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.api.CreatePlanRequest;
import dev.kinetic.plan.api.FeedbackRequest;
import dev.kinetic.plan.api.FeedbackResult;
import dev.kinetic.plan.api.PlanProblems;
import dev.kinetic.contracts.catalog.CatalogVocabulary;
import dev.kinetic.plan.api.PlanRequests;
import dev.kinetic.platform.problem.RequestChecks;
import dev.kinetic.plan.api.PlanSummary;
import dev.kinetic.plan.api.PlanView;
import dev.kinetic.plan.api.ReferralView;
import dev.kinetic.plan.domain.Adjustment;
import dev.kinetic.plan.domain.CatalogIndex;
import dev.kinetic.plan.domain.PlanStatus;
import dev.kinetic.plan.domain.FeedbackRules;
import dev.kinetic.plan.domain.Plan;
import dev.kinetic.plan.domain.PlanAdapter;
import dev.kinetic.plan.domain.PlanGenerator;
import dev.kinetic.plan.domain.PlanRequest;
import dev.kinetic.plan.domain.RedFlag;
import dev.kinetic.plan.domain.RedFlagScreen;
import dev.kinetic.plan.domain.SessionFeedback;
import dev.kinetic.plan.messaging.PlanEvents;
import dev.kinetic.plan.persistence.CompressedJson;
import dev.kinetic.plan.persistence.PlanEntity;
import dev.kinetic.plan.persistence.PlanVersionEntity;
import dev.kinetic.plan.persistence.SessionFeedbackEntity;
import dev.kinetic.plan.persistence.VersionDocuments;
import dev.kinetic.plan.readmodel.ArticleReadModel;
import dev.kinetic.plan.readmodel.CatalogReadModel;
import dev.kinetic.platform.outbox.Outbox;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
import dev.kinetic.platform.problem.Violation;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Plans' life: generation (or referral), reads scoped to the partner, feedback that adapts the
 * plan, and substitution of retired exercises. Every new version and its event commit together.
 */
@ApplicationScoped
public class PlanDesk {

    /** A plan as created, or as first created when an Idempotency-Key is replayed. */
    public record Created(PlanView view, String json, boolean replayed) {
    }

    /** The current version of a plan, as stored (PlanView JSON). */
    public record Current(int version, String json) {
    }

    private final CatalogReadModel catalog;
    private final ArticleReadModel articles;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final VersionDocuments documents;
    private final RequestChecks checks;
    private final PlanGenerator generator = new PlanGenerator();
    private final RedFlagScreen screen = new RedFlagScreen();
    private final FeedbackRules rules = new FeedbackRules();
    private final PlanAdapter adapter = new PlanAdapter();
    private final Clock clock;

    public PlanDesk(CatalogReadModel catalog, ArticleReadModel articles, Outbox outbox, ObjectMapper mapper,
            EntityManager entityManager, MeterRegistry registry, VersionDocuments documents, RequestChecks checks, Clock clock) {
        this.clock = clock;
        this.checks = checks;
        this.catalog = catalog;
        this.articles = articles;
        this.outbox = outbox;
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.registry = registry;
        this.documents = documents;
    }

    @Transactional
    public Created create(String partner, String idempotencyKey, CreatePlanRequest body) {
        CatalogVocabulary vocabulary = catalog.vocabulary().orElseThrow(() -> new ProblemException(PlanProblems.CATALOG_UNAVAILABLE,
                "plan-service has not received the catalog's vocabularies yet; retry shortly"));
        PlanRequests.check(checks, body, vocabulary);
        String hash = hash(body);
        if (idempotencyKey != null) {
            Optional<Created> replay = replay(partner, idempotencyKey, hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Instant now = now();
        UUID id = UUID.randomUUID();
        String locale = PlanRequests.locale(body);
        var readMore = articles.index().aboutAny(Set.copyOf(body.conditionsOrNone()), locale);
        PlanView view;
        long catalogVersion;
        if (screen.screen(PlanRequests.answers(body)) instanceof RedFlagScreen.Referral referral) {
            catalogVersion = catalog.index().version();
            view = new PlanView(id, 1, "referral", PlanStatus.REFERRED.slug(), now, now, catalogVersion, body, ReferralView.of(referral), null,
                    readMore, List.of(), PlanView.DISCLAIMER);
        } else {
            CatalogIndex.Snapshot snapshot = catalog.index().snapshot();
            if (snapshot.exercises().stream().noneMatch(e -> e.active())) {
                throw new ProblemException(PlanProblems.CATALOG_UNAVAILABLE,
                        "plan-service has not received the exercise catalog yet; retry shortly");
            }
            catalogVersion = snapshot.version();
            Plan plan = articles.index().link(generator.generate(PlanRequests.toDomain(body), snapshot.exercises()), locale);
            view = new PlanView(id, 1, "plan", PlanStatus.ACTIVE.slug(), now, now, catalogVersion, body, null, plan, readMore, List.of(),
                    PlanView.DISCLAIMER);
        }
        String json = json(view);
        PlanEntity entity = new PlanEntity();
        entity.id = id;
        entity.partner = partner;
        entity.idempotencyKey = idempotencyKey;
        entity.requestHash = hash;
        entity.outcome = view.outcome();
        entity.status = view.status();
        entity.version = 1;
        entity.upcomingExercises = view.plan() == null ? new String[0] : view.plan().exercises().toArray(String[]::new);
        entity.catalogVersion = catalogVersion;
        entity.createdAt = now.atOffset(ZoneOffset.UTC);
        entity.updatedAt = entity.createdAt;
        entity.persist();
        storeVersion(id, 1, "generated", List.of(), json, now);
        outbox.stage(PlanEvents.generated(new PlanEvents.Generated(id, partner, 1, view.outcome(), view.status(),
                body.goals().stream().map(g -> g.slug()).toList(), Slugs.of(body.level()), body.conditionsOrNone(),
                body.weeks(), view.plan() == null ? 0 : view.plan().sessionCount(),
                view.plan() == null ? List.of() : view.plan().exercises(),
                view.referral() == null ? null : new PlanEvents.Referral(view.referral().urgency(), view.referral().flags()),
                catalogVersion)));
        registry.counter("kinetic.plans.created", "outcome", view.outcome()).increment();
        return new Created(view, json, false);
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
        String json = document(existing.get().id, 1);
        return Optional.of(new Created(read(json), json, true));
    }

    public String hash(CreatePlanRequest body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash a plan request", e);
        }
    }

    /** The current version of a plan the caller may see ({@code partner} null: any partner's). */
    @Transactional
    public Optional<Current> current(UUID id, String partner) {
        PlanEntity plan = PlanEntity.findById(id);
        if (plan == null || (partner != null && !plan.partner.equals(partner))) {
            return Optional.empty();
        }
        String json = document(id, plan.version);
        return Optional.of(new Current(plan.version, json));
    }

    @Transactional
    public PlanView view(UUID id, String partner) {
        Current current = current(id, partner).orElseThrow(() -> ProblemException.notFound("No plan " + id));
        return read(current.json());
    }

    @Transactional
    public PlanSummary.Page list(String partner, int page, int size) {
        var query = PlanEntity.<PlanEntity>find("partner = ?1 order by createdAt desc, id", partner);
        List<PlanSummary> items = query.page(page, size).list().stream()
                .map(p -> new PlanSummary(p.id, p.version, p.outcome, p.status, p.createdAt.toInstant(), p.updatedAt.toInstant()))
                .toList();
        return new PlanSummary.Page(items, page, size, query.count());
    }

    @Transactional
    public FeedbackResult feedback(UUID id, String partner, int session, FeedbackRequest body) {
        PlanEntity plan = PlanEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !plan.partner.equals(partner)) {
            throw ProblemException.notFound("No plan " + id);
        }
        PlanView current = read(document(id, plan.version));
        Plan.Session done = Optional.ofNullable(current.plan()).flatMap(p -> p.session(session))
                .orElseThrow(() -> ProblemException.notFound("Plan " + id + " has no session " + session));
        if (!PlanStatus.of(plan.status).adapts()) {
            throw new ProblemException(PlanProblems.PLAN_NOT_ACTIVE, "Plan " + id + " is " + plan.status);
        }
        if (session <= plan.lastFeedbackSession) {
            throw new ProblemException(PlanProblems.FEEDBACK_ALREADY_GIVEN, "Feedback was given up to session "
                    + plan.lastFeedbackSession + "; send feedback for a later session");
        }
        checkExercises(body, done);
        SessionFeedback feedback = toDomain(body);
        SessionFeedback previous = previousFeedback(id, session);
        Adjustment adjustment = rules.decide(feedback, current.request().currentPain(), previous);
        Instant now = now();
        int version = plan.version;
        ReferralView referral = null;
        List<String> changes = List.of();
        if (adjustment.action() == Adjustment.Action.PAUSE) {
            RedFlag mostUrgent = adjustment.flags().get(0);
            referral = ReferralView.of(mostUrgent.urgency(), adjustment.flags());
            changes = List.of("Plan paused after session " + session + ": " + adjustment.reason());
            version++;
            String paused = PlanStatus.of(plan.status).paused().slug();
            saveVersion(plan, current.revised(version, paused, now, referral, current.plan(), changes), "feedback", changes, now);
            plan.status = paused;
            outbox.stage(PlanEvents.paused(new PlanEvents.Paused(id, partner, version, session,
                    new PlanEvents.Referral(referral.urgency(), referral.flags()))));
        } else {
            PlanRequest request = PlanRequests.toDomain(current.request());
            PlanAdapter.Revision revision = adapter.adjust(current.plan(), session, adjustment, request, catalog.index().exercises());
            if (revision.changed()) {
                changes = revision.changes();
                version++;
                Plan linked = articles.index().link(revision.plan(), PlanRequests.locale(current.request()));
                saveVersion(plan, current.revised(version, PlanStatus.ACTIVE.slug(), now, null, linked, changes), "feedback", changes, now);
                plan.upcomingExercises = linked.exercisesAfter(session).toArray(String[]::new);
                outbox.stage(PlanEvents.adjusted(new PlanEvents.Adjusted(id, partner, version, "feedback", session, null, changes,
                        linked.exercises())));
            }
        }
        plan.lastFeedbackSession = session;
        plan.updatedAt = now.atOffset(ZoneOffset.UTC);
        SessionFeedbackEntity row = new SessionFeedbackEntity();
        row.planId = id;
        row.session = session;
        row.feedback = jsonOf(body);
        row.action = adjustment.action().name().toLowerCase();
        row.reason = adjustment.reason();
        row.planVersion = version;
        row.createdAt = now.atOffset(ZoneOffset.UTC);
        row.persist();
        registry.counter("kinetic.plans.feedback", "action", row.action).increment();
        return new FeedbackResult(id, session, adjustment.action(), adjustment.reason(), changes, version, plan.status, referral);
    }

    /** Active plans with {@code exercise} in a session still ahead. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> activePlansUsing(String exercise) {
        return entityManager.createNativeQuery(
                "SELECT id FROM plan WHERE status = ?2 AND upcoming_exercises @> ARRAY[CAST(?1 AS text)]", UUID.class)
                .setParameter(1, exercise).setParameter(2, PlanStatus.ACTIVE.slug()).getResultList();
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
        PlanView current = read(document(id, plan.version));
        PlanRequest request = PlanRequests.toDomain(current.request());
        PlanAdapter.Revision revision = adapter.substitute(current.plan(), plan.lastFeedbackSession, retired, request,
                catalog.index().exercises());
        if (!revision.changed()) {
            return false;
        }
        Instant now = now();
        int version = plan.version + 1;
        Plan linked = articles.index().link(revision.plan(), PlanRequests.locale(current.request()));
        saveVersion(plan, current.revised(version, plan.status, now, null, linked, revision.changes()), "exercise-retired",
                revision.changes(), now);
        plan.upcomingExercises = linked.exercisesAfter(plan.lastFeedbackSession).toArray(String[]::new);
        plan.updatedAt = now.atOffset(ZoneOffset.UTC);
        outbox.stage(PlanEvents.adjusted(new PlanEvents.Adjusted(id, plan.partner, version, "exercise-retired", null, retired,
                revision.changes(), linked.exercises())));
        registry.counter("kinetic.plans.substitutions").increment();
        return true;
    }

    private void saveVersion(PlanEntity plan, PlanView view, String cause, List<String> changes, Instant now) {
        plan.version = view.version();
        storeVersion(plan.id, view.version(), cause, changes, json(view), now);
    }

    private void storeVersion(UUID id, int version, String cause, List<String> changes, String json, Instant now) {
        PlanVersionEntity row = new PlanVersionEntity();
        row.planId = id;
        row.version = version;
        row.cause = cause;
        row.changes = jsonOf(changes);
        row.document = CompressedJson.deflate(json);
        row.createdAt = now.atOffset(ZoneOffset.UTC);
        row.persist();
    }

    private String document(UUID id, int version) {
        return documents.get(id, version, () -> {
            // An entity lookup, not a native query: Hibernate's cache of native-query plans slows down as it grows.
            PlanVersionEntity.Key key = new PlanVersionEntity.Key();
            key.planId = id;
            key.version = version;
            return CompressedJson.inflate(entityManager.find(PlanVersionEntity.class, key).document);
        });
    }

    private static void checkExercises(FeedbackRequest body, Plan.Session done) {
        if (body.exercises() == null) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < body.exercises().size(); i++) {
            String slug = body.exercises().get(i).exercise();
            if (done.items().stream().noneMatch(item -> item.exercise().equals(slug))) {
                violations.add(new Violation("exercises[" + i + "].exercise", slug + " is not part of session " + done.number()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The feedback names exercises the session does not have",
                    violations);
        }
    }

    private SessionFeedback previousFeedback(UUID id, int session) {
        SessionFeedbackEntity.Key key = new SessionFeedbackEntity.Key();
        key.planId = id;
        key.session = session - 1;
        SessionFeedbackEntity row = SessionFeedbackEntity.findById(key);
        if (row == null) {
            return null;
        }
        try {
            return toDomain(mapper.readValue(row.feedback, FeedbackRequest.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored feedback for plan " + id + " is unreadable", e);
        }
    }

    static SessionFeedback toDomain(FeedbackRequest body) {
        List<SessionFeedback.ExerciseFeedback> exercises = body.exercises() == null ? List.of()
                : body.exercises().stream()
                        .map(e -> new SessionFeedback.ExerciseFeedback(e.exercise(), e.setsDone(), e.repsDone(), e.rating()))
                        .toList();
        return new SessionFeedback(body.completed(), body.effort(), body.painDuring(), body.painNextDay(), exercises,
                body.newSymptoms() == null ? Set.of() : Set.copyOf(body.newSymptoms()));
    }

    private PlanView read(String json) {
        try {
            return mapper.readValue(json, PlanView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan document is unreadable", e);
        }
    }

    private String json(PlanView view) {
        return jsonOf(view);
    }

    private String jsonOf(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

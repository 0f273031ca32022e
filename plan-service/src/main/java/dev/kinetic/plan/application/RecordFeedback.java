package dev.kinetic.plan.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.domain.Adjustment;
import dev.kinetic.plan.domain.PlanStatus;
import dev.kinetic.plan.domain.FeedbackRules;
import dev.kinetic.plan.domain.Plan;
import dev.kinetic.plan.domain.PlanAdapter;
import dev.kinetic.plan.domain.PlanRequest;
import dev.kinetic.plan.domain.RedFlag;
import dev.kinetic.plan.domain.SessionFeedback;
import dev.kinetic.plan.persistence.PlanEntity;
import dev.kinetic.plan.persistence.SessionFeedbackEntity;
import dev.kinetic.plan.readmodel.ArticleReadModel;
import dev.kinetic.plan.readmodel.CatalogReadModel;
import dev.kinetic.platform.outbox.Outbox;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
import dev.kinetic.platform.problem.Violation;
import io.micrometer.core.instrument.MeterRegistry;
import dev.kinetic.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Records how a session went and adapts the plan: progress, hold, regress, or pause with a referral on a new red flag.
 */
@ApplicationScoped
public class RecordFeedback {

    private final CatalogReadModel catalog;
    private final ArticleReadModel articles;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final PlanVersions versions;
    private final ObjectMapper mapper;
    private final FeedbackRules rules = new FeedbackRules();
    private final PlanAdapter adapter = new PlanAdapter();

    public RecordFeedback(CatalogReadModel catalog, ArticleReadModel articles, Outbox outbox, MeterRegistry registry, PlanVersions versions, ObjectMapper mapper) {
        this.catalog = catalog;
        this.articles = articles;
        this.outbox = outbox;
        this.registry = registry;
        this.versions = versions;
        this.mapper = mapper;
    }

    @Transactional
    public FeedbackResult feedback(UUID id, String partner, int session, SessionFeedback feedback) {
        PlanEntity plan = PlanEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null || !plan.partner.equals(partner)) {
            throw ProblemException.notFound("No plan " + id);
        }
        PlanDocument current = versions.read(versions.document(id, plan.version));
        Plan.Session done = Optional.ofNullable(current.plan()).flatMap(p -> p.session(session))
                .orElseThrow(() -> ProblemException.notFound("Plan " + id + " has no session " + session));
        if (!PlanStatus.of(plan.status).adapts()) {
            throw new ProblemException(PlanProblems.PLAN_NOT_ACTIVE, "Plan " + id + " is " + plan.status);
        }
        if (session <= plan.lastFeedbackSession) {
            throw new ProblemException(PlanProblems.FEEDBACK_ALREADY_GIVEN, "Feedback was given up to session "
                    + plan.lastFeedbackSession + "; send feedback for a later session");
        }
        checkExercises(feedback, done);
        SessionFeedback previous = previousFeedback(id, session);
        Adjustment adjustment = rules.decide(feedback, current.request().currentPain(), previous);
        Instant now = versions.now();
        int version = plan.version;
        Referral referral = null;
        List<String> changes = List.of();
        if (adjustment.action() == Adjustment.Action.PAUSE) {
            RedFlag mostUrgent = adjustment.flags().get(0);
            referral = Referral.of(mostUrgent.urgency(), adjustment.flags());
            changes = List.of("Plan paused after session " + session + ": " + adjustment.reason());
            version++;
            String paused = PlanStatus.of(plan.status).paused().slug();
            versions.save(plan, current.revised(version, paused, now, referral, current.plan(), changes), "feedback", changes, now);
            plan.status = paused;
            outbox.stage(PlanEvents.paused(new PlanEvents.Paused(id, partner, version, session,
                    new PlanEvents.Referral(referral.urgency()))));
        } else {
            PlanRequest request = PlanInputs.toDomain(current.request());
            PlanAdapter.Revision revision = adapter.adjust(current.plan(), session, adjustment, request, catalog.index().snapshot().arranged());
            if (revision.changed()) {
                changes = revision.changes();
                version++;
                Plan linked = articles.index().link(revision.plan(), PlanInputs.locale(current.request()));
                versions.save(plan, current.revised(version, PlanStatus.ACTIVE.slug(), now, null, linked, changes), "feedback", changes, now);
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
        row.feedback = Json.write(mapper, FeedbackDocument.of(feedback));
        row.action = adjustment.action().name().toLowerCase();
        row.reason = adjustment.reason();
        row.planVersion = version;
        row.createdAt = now.atOffset(ZoneOffset.UTC);
        row.persist();
        registry.counter("kinetic.plans.feedback", "action", row.action).increment();
        return new FeedbackResult(id, session, adjustment.action(), adjustment.reason(), changes, version, plan.status, referral);
    }

    private static void checkExercises(SessionFeedback feedback, Plan.Session done) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < feedback.exercises().size(); i++) {
            String slug = feedback.exercises().get(i).exercise();
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
        return Json.read(mapper, row.feedback, FeedbackDocument.class).toDomain();
    }
}

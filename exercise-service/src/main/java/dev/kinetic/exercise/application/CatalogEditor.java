package dev.kinetic.exercise.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.Review;
import dev.kinetic.exercise.domain.ReviewStatus;
import dev.kinetic.exercise.config.CatalogConfig;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.domain.FieldError;
import dev.kinetic.exercise.domain.InvalidExerciseException;
import dev.kinetic.exercise.messaging.CatalogEvents;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import dev.kinetic.platform.outbox.Outbox;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Every change to the catalog: it checks the catalog-wide rules (ladder links exist, versions
 * match), bumps the version, stores the exercise with its history, and stages the catalog event
 * in the same transaction.
 */
@ApplicationScoped
public class CatalogEditor {

    private final ExerciseRepository repository;
    private final Outbox outbox;
    private final Event<CatalogChanged> changed;
    private final boolean approveEditorCreated;
    private final Clock clock;

    public CatalogEditor(ExerciseRepository repository, Outbox outbox, Event<CatalogChanged> changed, CatalogConfig config, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.outbox = outbox;
        this.changed = changed;
        String created = config.editorCreatedReview().trim().toLowerCase(java.util.Locale.ROOT);
        if (!created.equals("approved") && !created.equals("unreviewed")) {
            throw new IllegalStateException("kinetic.catalog.editor-created-review must be approved or unreviewed, not " + created);
        }
        this.approveEditorCreated = created.equals("approved");
    }

    /** How a batch's new or changed exercises are reviewed: the seed is approved, imports wait for an editor. */
    public Review seedReview() {
        return Review.approved("kinetic-seed", clock.instant(), "the team's curated seed catalog");
    }

    @Transactional
    public Exercise create(Exercise draft, String editor) {
        if (repository.exists(draft.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "An exercise with slug '" + draft.slug() + "' already exists");
        }
        requireLinksExist(draft, Set.of());
        Review review = approveEditorCreated ? Review.approved(editor, clock.instant(), "created by an editor") : Review.UNREVIEWED;
        return storeOne(draft.withStatus(ExerciseStatus.ACTIVE, 1).withReview(review), editor);
    }

    @Transactional
    public Exercise update(Exercise draft, int expectedVersion, String editor) {
        Exercise current = existingForUpdate(draft.slug(), expectedVersion);
        requireLinksExist(draft, Set.of());
        return storeOne(draft.withStatus(current.status(), current.version() + 1).withOrigin(current.origin())
                .withReview(current.review()).withInferences(current.inferences()), editor);
    }

    @Transactional
    public Exercise retire(String slug, int expectedVersion, String editor) {
        Exercise current = existingForUpdate(slug, expectedVersion);
        if (!current.isActive()) {
            return current;
        }
        return storeOne(current.withStatus(ExerciseStatus.RETIRED, current.version() + 1), editor);
    }

    /**
     * Creates or updates each exercise of a batch (seed or import), in one transaction; ladder
     * links may point into the batch. Unchanged exercises keep their version and emit nothing.
     */
    @Transactional
    public List<Outcome> upsertAll(Collection<Exercise> batch, String editor, boolean dryRun, Review reviewOfChanges) {
        repository.lockCatalogForBulkWrite();
        Set<String> inBatch = batch.stream().map(Exercise::slug).collect(Collectors.toSet());
        Map<String, Exercise> existing = repository.findAllForUpdate(inBatch);
        List<Outcome> outcomes = new ArrayList<>();
        boolean changedAny = false;
        for (Exercise draft : batch) {
            requireLinksExist(draft, inBatch);
            Optional<Exercise> current = Optional.ofNullable(existing.get(draft.slug()));
            if (current.isPresent() && current.get().sameContentAs(draft) && current.get().isActive()) {
                outcomes.add(new Outcome(draft.slug(), Outcome.Kind.UNCHANGED, current.get().version()));
                continue;
            }
            int version = current.map(c -> c.version() + 1).orElse(1);
            Outcome.Kind kind = current.isPresent() ? Outcome.Kind.UPDATED : Outcome.Kind.CREATED;
            if (!dryRun) {
                store(draft.withStatus(ExerciseStatus.ACTIVE, version)
                        // an import says where it comes from; a curated batch keeps what is stored
                        .withOrigin(draft.origin().curated() ? current.map(Exercise::origin).orElse(draft.origin()) : draft.origin())
                        .withReview(reviewOfChanges), editor);
                changedAny = true;
            }
            outcomes.add(new Outcome(draft.slug(), kind, version));
        }
        if (changedAny) {
            catalogChanged();
        }
        return outcomes;
    }

    /**
     * Approves or rejects one exercise an editor has looked at, optionally with corrections (its full
     * new content); needs the version read. A correction keeps the exercise's origin.
     */
    @Transactional
    public Exercise review(String slug, int expectedVersion, boolean approve, String note, Exercise correction, String editor) {
        Exercise current = existingForUpdate(slug, expectedVersion);
        Exercise content = current;
        if (correction != null) {
            requireLinksExist(correction, Set.of());
            content = correction.withStatus(current.status(), current.version()).withOrigin(current.origin())
                    .withInferences(current.inferences());
        }
        Review review = approve ? Review.approved(editor, clock.instant(), note) : Review.rejected(editor, clock.instant(), note);
        return storeOne(content.withStatus(current.status(), current.version() + 1).withReview(review), editor);
    }

    /** One exercise of a batch approval: approved, stale (changed since the version the editor saw) or not found. */
    public record Approval(String slug, String outcome, Integer version) {
    }

    /**
     * Approves a batch an editor has looked through; each exercise on its own (all or nothing for it),
     * stale when it changed since the version given for it, or already decided.
     */
    @Transactional
    public List<Approval> approveAll(List<String> slugs, Map<String, Integer> seenVersions, String note, String editor) {
        repository.lockCatalogForBulkWrite();
        Map<String, Exercise> existing = repository.findAllForUpdate(new java.util.LinkedHashSet<>(slugs));
        List<Approval> answers = new ArrayList<>();
        boolean changedAny = false;
        Instant now = clock.instant();
        for (String slug : new java.util.LinkedHashSet<>(slugs)) {
            Exercise current = existing.get(slug);
            Integer seen = seenVersions == null ? null : seenVersions.get(slug);
            if (current == null) {
                answers.add(new Approval(slug, "not-found", null));
            } else if (seen != null && seen != current.version() || current.review().status() == ReviewStatus.REJECTED) {
                answers.add(new Approval(slug, "stale", current.version()));
            } else if (current.review().approved()) {
                answers.add(new Approval(slug, "approved", current.version()));
            } else {
                store(current.withStatus(current.status(), current.version() + 1).withReview(Review.approved(editor, now, note)), editor);
                answers.add(new Approval(slug, "approved", current.version() + 1));
                changedAny = true;
            }
        }
        if (changedAny) {
            catalogChanged();
        }
        return answers;
    }

    /** What a batch did to one exercise. */
    public record Outcome(String slug, Kind kind, int version) {
        public enum Kind { CREATED, UPDATED, UNCHANGED }
    }

    private Exercise existingForUpdate(String slug, int expectedVersion) {
        Exercise current = repository.findForUpdate(slug)
                .orElseThrow(() -> ProblemException.notFound("No exercise '" + slug + "'"));
        if (current.version() != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "Exercise '" + slug + "' is at version "
                    + current.version() + ", not " + expectedVersion + "; read it again and reapply your change");
        }
        return current;
    }

    private void requireLinksExist(Exercise draft, Set<String> alsoKnown) {
        List<FieldError> errors = new ArrayList<>();
        linkError("regression", draft.regression(), alsoKnown).ifPresent(errors::add);
        linkError("progression", draft.progression(), alsoKnown).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidExerciseException(errors);
        }
    }

    private Optional<FieldError> linkError(String field, String slug, Set<String> alsoKnown) {
        if (slug == null || alsoKnown.contains(slug) || repository.exists(slug)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, "no exercise '" + slug + "' in the catalog"));
    }

    private Exercise storeOne(Exercise exercise, String editor) {
        store(exercise, editor);
        catalogChanged();
        return exercise;
    }

    /** Once per transaction: other replicas see the new revision, this one refreshes its cache on commit. */
    private void catalogChanged() {
        repository.bumpCatalogRevision();
        changed.fire(new CatalogChanged());
    }

    private Exercise store(Exercise exercise, String editor) {
        repository.save(exercise, editor);
        outbox.stage(CatalogEvents.of(exercise));
        return exercise;
    }
}

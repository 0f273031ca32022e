package dev.kinetic.exercise.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kinetic.exercise.domain.Exercise;
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

    public CatalogEditor(ExerciseRepository repository, Outbox outbox, Event<CatalogChanged> changed) {
        this.repository = repository;
        this.outbox = outbox;
        this.changed = changed;
    }

    @Transactional
    public Exercise create(Exercise draft, String editor) {
        if (repository.exists(draft.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "An exercise with slug '" + draft.slug() + "' already exists");
        }
        requireLinksExist(draft, Set.of());
        return storeOne(draft.withStatus(ExerciseStatus.ACTIVE, 1), editor);
    }

    @Transactional
    public Exercise update(Exercise draft, int expectedVersion, String editor) {
        Exercise current = existingForUpdate(draft.slug(), expectedVersion);
        requireLinksExist(draft, Set.of());
        return storeOne(draft.withStatus(current.status(), current.version() + 1).withOrigin(current.origin()), editor);
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
    public List<Outcome> upsertAll(Collection<Exercise> batch, String editor, boolean dryRun) {
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
                        .withOrigin(current.isPresent() && !draft.origin().curated() ? draft.origin()
                                : current.map(Exercise::origin).orElse(draft.origin())), editor);
                changedAny = true;
            }
            outcomes.add(new Outcome(draft.slug(), kind, version));
        }
        if (changedAny) {
            catalogChanged();
        }
        return outcomes;
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

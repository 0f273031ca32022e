package dev.kinetic.exercise.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.FieldError;
import dev.kinetic.exercise.domain.InvalidExerciseException;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import dev.kinetic.platform.outbox.Outbox;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.VersionTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * How every use case writes the catalog: the catalog-wide rules (ladder links exist, versions match), the
 * exercise stored with its history and its event staged in the same transaction, the revision bumped.
 */
@ApplicationScoped
public class CatalogWrites {

    private final ExerciseRepository repository;
    private final Outbox outbox;
    private final Event<CatalogChanged> changed;

    public CatalogWrites(ExerciseRepository repository, Outbox outbox, Event<CatalogChanged> changed) {
        this.repository = repository;
        this.outbox = outbox;
        this.changed = changed;
    }

    /** The exercise at the version the editor read, locked for the change. */
    Exercise existingForUpdate(String slug, int expectedVersion) {
        Exercise current = repository.findForUpdate(slug)
                .orElseThrow(() -> ProblemException.notFound("No exercise '" + slug + "'"));
        VersionTags.requireCurrent("Exercise '" + slug + "'", current.version(), expectedVersion);
        return current;
    }

    /** Ladder links must point at exercises of the catalog (or of the batch being written). */
    void requireLinksExist(Exercise draft, Set<String> alsoKnown) {
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

    Exercise storeOne(Exercise exercise, String editor) {
        store(exercise, editor);
        catalogChanged();
        return exercise;
    }

    /** Once per transaction: other replicas see the new revision, this one refreshes its cache on commit. */
    void catalogChanged() {
        repository.bumpCatalogRevision();
        changed.fire(new CatalogChanged());
    }

    Exercise store(Exercise exercise, String editor) {
        repository.save(exercise, editor);
        outbox.stage(CatalogEvents.of(exercise));
        return exercise;
    }
}

package dev.kinetic.exercise.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.Review;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes a batch (the seed or an import): new and changed exercises, unchanged ones left as they are. */
@ApplicationScoped
public class UpsertExercises {

    private final CatalogWrites writes;
    private final ExerciseRepository repository;
    private final Clock clock;

    public UpsertExercises(CatalogWrites writes, ExerciseRepository repository, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.clock = clock;
    }

    /** How a batch's new or changed exercises are reviewed: the seed is approved, imports wait for an editor. */
    public Review seedReview() {
        return Review.approved("kinetic-seed", clock.instant(), "the team's curated seed catalog");
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
            writes.requireLinksExist(draft, inBatch);
            Optional<Exercise> current = Optional.ofNullable(existing.get(draft.slug()));
            if (current.isPresent() && current.get().sameContentAs(draft) && current.get().isActive()) {
                outcomes.add(new Outcome(draft.slug(), Outcome.Kind.UNCHANGED, current.get().version()));
                continue;
            }
            int version = current.map(c -> c.version() + 1).orElse(1);
            Outcome.Kind kind = current.isPresent() ? Outcome.Kind.UPDATED : Outcome.Kind.CREATED;
            if (!dryRun) {
                writes.store(draft.withStatus(ExerciseStatus.ACTIVE, version)
                        // an import says where it comes from; a curated batch keeps what is stored
                        .withOrigin(draft.origin().curated() ? current.map(Exercise::origin).orElse(draft.origin()) : draft.origin())
                        .withReview(reviewOfChanges), editor);
                changedAny = true;
            }
            outcomes.add(new Outcome(draft.slug(), kind, version));
        }
        if (changedAny) {
            writes.catalogChanged();
        }
        return outcomes;
    }

    /** What a batch did to one exercise. */
    public record Outcome(String slug, Kind kind, int version) {
        public enum Kind { CREATED, UPDATED, UNCHANGED }
    }
}

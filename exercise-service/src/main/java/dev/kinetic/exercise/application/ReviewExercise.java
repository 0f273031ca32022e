package dev.kinetic.exercise.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.Review;
import dev.kinetic.exercise.domain.ReviewStatus;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An editor's review decisions: one exercise approved or rejected (with corrections), or a batch approved. */
@ApplicationScoped
public class ReviewExercise {

    private final CatalogWrites writes;
    private final ExerciseRepository repository;
    private final Clock clock;

    public ReviewExercise(CatalogWrites writes, ExerciseRepository repository, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Approves or rejects one exercise an editor has looked at, optionally with corrections (its full
     * new content); needs the version read. A correction keeps the exercise's origin.
     */
    @Transactional
    public Exercise review(String slug, int expectedVersion, boolean approve, String note, Exercise correction, String editor) {
        Exercise current = writes.existingForUpdate(slug, expectedVersion);
        Exercise content = current;
        if (correction != null) {
            writes.requireLinksExist(correction, Set.of());
            content = correction.withStatus(current.status(), current.version()).withOrigin(current.origin())
                    .withInferences(current.inferences());
        }
        Review review = approve ? Review.approved(editor, clock.instant(), note) : Review.rejected(editor, clock.instant(), note);
        return writes.storeOne(content.withStatus(current.status(), current.version() + 1).withReview(review), editor);
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
                writes.store(current.withStatus(current.status(), current.version() + 1).withReview(Review.approved(editor, now, note)), editor);
                answers.add(new Approval(slug, "approved", current.version() + 1));
                changedAny = true;
            }
        }
        if (changedAny) {
            writes.catalogChanged();
        }
        return answers;
    }
}

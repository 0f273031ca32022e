package dev.kinetic.exercise.application;

import java.time.Clock;
import java.util.Set;

import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.Review;
import dev.kinetic.exercise.config.CatalogConfig;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** An editor's exercise: created, replaced, or retired (retiring keeps it, out of new plans). */
@ApplicationScoped
public class EditExercise {

    private final CatalogWrites writes;
    private final ExerciseRepository repository;
    private final boolean approveEditorCreated;
    private final Clock clock;

    public EditExercise(CatalogWrites writes, ExerciseRepository repository, CatalogConfig config, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.clock = clock;
        String created = config.editorCreatedReview().trim().toLowerCase(java.util.Locale.ROOT);
        if (!created.equals("approved") && !created.equals("unreviewed")) {
            throw new IllegalStateException("kinetic.catalog.editor-created-review must be approved or unreviewed, not " + created);
        }
        this.approveEditorCreated = created.equals("approved");
    }

    @Transactional
    public Exercise create(Exercise draft, String editor) {
        if (repository.exists(draft.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "An exercise with slug '" + draft.slug() + "' already exists");
        }
        writes.requireLinksExist(draft, Set.of());
        Review review = approveEditorCreated ? Review.approved(editor, clock.instant(), "created by an editor") : Review.UNREVIEWED;
        return writes.storeOne(draft.withStatus(ExerciseStatus.ACTIVE, 1).withReview(review), editor);
    }

    @Transactional
    public Exercise update(Exercise draft, int expectedVersion, String editor) {
        Exercise current = writes.existingForUpdate(draft.slug(), expectedVersion);
        writes.requireLinksExist(draft, Set.of());
        return writes.storeOne(draft.withStatus(current.status(), current.version() + 1).withOrigin(current.origin())
                .withReview(current.review()).withInferences(current.inferences()), editor);
    }

    @Transactional
    public Exercise retire(String slug, int expectedVersion, String editor) {
        Exercise current = writes.existingForUpdate(slug, expectedVersion);
        if (!current.isActive()) {
            return current;
        }
        return writes.storeOne(current.withStatus(ExerciseStatus.RETIRED, current.version() + 1), editor);
    }
}

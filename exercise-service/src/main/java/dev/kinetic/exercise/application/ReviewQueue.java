package dev.kinetic.exercise.application;

import java.util.Comparator;
import java.util.List;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.Inference;
import dev.kinetic.platform.paging.Page;
import dev.kinetic.exercise.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;

/** The exercises waiting in one review state, least certain first, from the current catalog snapshot. */
@ApplicationScoped
public class ReviewQueue {

    private static final List<String> CONFIDENCE = List.of("low", "medium", "high");

    private final CatalogCache cache;

    public ReviewQueue(CatalogCache cache) {
        this.cache = cache;
    }

    public Page<Exercise> list(ReviewStatus status, int page, int size) {
        CatalogSnapshot snapshot = cache.current();
        List<Exercise> matching = snapshot.all().stream()
                .filter(e -> e.isActive() && e.review().status() == status)
                .sorted(Comparator.comparing((Exercise e) -> CONFIDENCE.indexOf(confidence(e))).thenComparing(Exercise::slug))
                .toList();
        int from = Math.min(matching.size(), page * size);
        return new Page<>(matching.subList(from, Math.min(matching.size(), from + size)), page, size, matching.size());
    }

    /** The lowest confidence of the exercise's inferences; high when nothing was inferred. */
    public static String confidence(Exercise e) {
        return e.inferences().stream().map(Inference::confidence).min(Comparator.comparing(CONFIDENCE::indexOf)).orElse("high");
    }
}

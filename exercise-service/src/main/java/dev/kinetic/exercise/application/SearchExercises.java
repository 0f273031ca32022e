package dev.kinetic.exercise.application;

import java.util.List;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.persistence.ExerciseRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds active exercises by name or alias in the database's index, as they are in the given catalog snapshot. */
@ApplicationScoped
public class SearchExercises {

    /** An exercise that matched, and how well (higher is better). */
    public record Found(Exercise exercise, double score) {
    }

    private final ExerciseRepository repository;

    public SearchExercises(ExerciseRepository repository) {
        this.repository = repository;
    }

    public List<Found> search(CatalogSnapshot snapshot, String text, int size) {
        return repository.search(text.trim(), size).stream()
                .flatMap(hit -> snapshot.find(hit.slug()).stream().map(e -> new Found(e, hit.score())))
                .toList();
    }
}

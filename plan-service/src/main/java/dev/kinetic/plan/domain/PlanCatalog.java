package dev.kinetic.plan.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog arranged once for plan generation: by movement pattern, each pattern's exercises in the order a slot
 * offers them (hardest level first, then by slug), and by slug for the ladder. What does not depend on the request
 * is done here, once per catalog version, rather than in every plan's generation.
 */
public final class PlanCatalog {

    /** The order a slot offers its candidates: the highest level the person may do first, then by slug. */
    private static final Comparator<CatalogExercise> OFFERED = Comparator.comparing(CatalogExercise::level).reversed()
            .thenComparing(CatalogExercise::slug);

    private final Map<String, List<CatalogExercise>> byPattern;
    private final Map<String, CatalogExercise> bySlug;
    private final boolean hasActive;

    private PlanCatalog(Map<String, List<CatalogExercise>> byPattern, Map<String, CatalogExercise> bySlug, boolean hasActive) {
        this.byPattern = byPattern;
        this.bySlug = bySlug;
        this.hasActive = hasActive;
    }

    /** Arranges {@code exercises}; the first of two with one slug is the one the ladder finds. */
    public static PlanCatalog of(List<CatalogExercise> exercises) {
        Map<String, List<CatalogExercise>> grouped = new HashMap<>();
        Map<String, CatalogExercise> bySlug = new HashMap<>();
        boolean hasActive = false;
        for (CatalogExercise e : exercises) {
            grouped.computeIfAbsent(e.pattern(), p -> new ArrayList<>()).add(e);
            bySlug.putIfAbsent(e.slug(), e);
            hasActive |= e.active();
        }
        Map<String, List<CatalogExercise>> byPattern = new HashMap<>();
        grouped.forEach((pattern, list) -> byPattern.put(pattern, list.stream().sorted(OFFERED).toList()));
        return new PlanCatalog(Collections.unmodifiableMap(byPattern), Collections.unmodifiableMap(bySlug), hasActive);
    }

    /** The exercises of {@code pattern} in the order a slot offers them; none for a pattern the catalog lacks. */
    public List<CatalogExercise> ofPattern(String pattern) {
        return byPattern.getOrDefault(pattern, List.of());
    }

    /** Whether any exercise is active: a catalog of none (not yet received, or all retired) cannot give a plan. */
    public boolean hasActive() {
        return hasActive;
    }

    /** The exercise with {@code slug}, or null. */
    public CatalogExercise bySlug(String slug) {
        return bySlug.get(slug);
    }
}

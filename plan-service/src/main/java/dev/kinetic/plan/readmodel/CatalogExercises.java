package dev.kinetic.plan.readmodel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.kinetic.contracts.catalog.ExerciseEvent;
import dev.kinetic.plan.domain.CatalogExercise;
import dev.kinetic.plan.domain.CatalogExercise.Severity;
import dev.kinetic.plan.domain.Level;

/** The part of a catalog exercise (an event, or an exercise of the snapshot) that plan generation reads. */
public final class CatalogExercises {

    private CatalogExercises() {
    }

    /** What is missing or wrong for plan generation, or null if the exercise is usable. */
    public static String problem(ExerciseEvent e) {
        if (e.slug() == null || e.name() == null || e.pattern() == null || e.level() == null || e.status() == null || e.version() == null) {
            return "lacks slug, name, pattern, level, status or version";
        }
        if (e.version() < 1) {
            return "has version " + e.version() + " (versions start at 1)";
        }
        if (e.equipment() == null || e.equipment().isEmpty() || e.primaryMuscles() == null || e.primaryMuscles().isEmpty()) {
            return "lacks equipment or primary muscles";
        }
        try {
            level(e);
            if (e.contraindications() != null) {
                e.contraindications().forEach(c -> severity(c));
            }
        } catch (IllegalArgumentException | NullPointerException ex) {
            return "has an unknown level or contraindication severity";
        }
        return null;
    }

    /** Only exercises active in the catalog and approved by an editor are offered in plans. */
    public static boolean plannable(ExerciseEvent e) {
        return e.active() && e.approved();
    }

    public static CatalogExercise toExercise(ExerciseEvent e) {
        Map<String, Severity> severities = new HashMap<>();
        if (e.contraindications() != null) {
            // Where a condition is listed twice, the stricter severity wins.
            e.contraindications().forEach(c -> severities.merge(c.condition(), severity(c),
                    (a, b) -> a == Severity.AVOID || b == Severity.AVOID ? Severity.AVOID : Severity.CAUTION));
        }
        return new CatalogExercise(e.slug(), e.name(), e.pattern(), level(e), Set.copyOf(e.equipment()), Set.copyOf(e.primaryMuscles()),
                severities, "unilateral".equals(e.laterality()), e.dosage() == null ? null : e.dosage().holdSeconds(),
                e.regression(), e.progression(), plannable(e));
    }

    private static Level level(ExerciseEvent e) {
        return Level.valueOf(e.level().toUpperCase(Locale.ROOT));
    }

    private static Severity severity(ExerciseEvent.Contraindication c) {
        return Severity.valueOf(c.severity().toUpperCase(Locale.ROOT));
    }
}

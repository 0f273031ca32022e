package dev.kinetic.plan.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.kinetic.plan.domain.CatalogExercise;
import dev.kinetic.plan.domain.CatalogExercise.Severity;
import dev.kinetic.plan.domain.Level;

/**
 * The part of an exercise-catalog event (or of an exercise in exercise-service's snapshot) that
 * plan generation reads; a tolerant reader, so fields added later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogExerciseEvent(String slug, String name, String pattern, String level, List<String> equipment,
        List<String> primaryMuscles, List<Contraindication> contraindications, String laterality, Dosage dosage,
        String regression, String progression, String status, Integer version, Review review) {

    /** Only approved exercises are offered in plans; events from before reviews existed carry none (curated: approved). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Review(String status) {
    }

    /** Active in the catalog and approved by an editor. */
    public boolean plannable() {
        return "active".equals(status) && (review == null || "approved".equals(review.status()));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contraindication(String condition, String severity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dosage(Integer holdSeconds) {
    }

    /** What is missing or wrong for plan generation, or null if the event is usable. */
    public String problem() {
        if (slug == null || name == null || pattern == null || level == null || status == null || version == null) {
            return "lacks slug, name, pattern, level, status or version";
        }
        if (version < 1) {
            return "has version " + version + " (versions start at 1)";
        }
        if (equipment == null || equipment.isEmpty() || primaryMuscles == null || primaryMuscles.isEmpty()) {
            return "lacks equipment or primary muscles";
        }
        try {
            Level.valueOf(level.toUpperCase());
            if (contraindications != null) {
                contraindications.forEach(c -> Severity.valueOf(c.severity().toUpperCase()));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return "has an unknown level or contraindication severity";
        }
        return null;
    }

    public CatalogExercise toExercise() {
        Map<String, Severity> severities = new HashMap<>();
        if (contraindications != null) {
            // Where a condition is listed twice, the stricter severity wins.
            contraindications.forEach(c -> severities.merge(c.condition(), Severity.valueOf(c.severity().toUpperCase()),
                    (a, b) -> a == Severity.AVOID || b == Severity.AVOID ? Severity.AVOID : Severity.CAUTION));
        }
        return new CatalogExercise(slug, name, pattern, Level.valueOf(level.toUpperCase()), Set.copyOf(equipment),
                Set.copyOf(primaryMuscles), severities, "unilateral".equals(laterality), dosage == null ? null : dosage.holdSeconds(),
                regression, progression, plannable());
    }
}

package dev.kinetic.exercise.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.kinetic.exercise.domain.Condition;
import dev.kinetic.exercise.domain.Equipment;
import dev.kinetic.exercise.domain.ExerciseQuery;
import dev.kinetic.exercise.domain.ExerciseSort;
import dev.kinetic.exercise.domain.Laterality;
import dev.kinetic.exercise.domain.Level;
import dev.kinetic.exercise.domain.MovementPattern;
import dev.kinetic.exercise.domain.Muscle;
import dev.kinetic.exercise.domain.MuscleGroup;
import dev.kinetic.exercise.domain.Vocabulary;
import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.problem.ProblemType;
import dev.kinetic.platform.problem.Violation;

/** Turns list query parameters into a domain query, naming every parameter it cannot read. */
final class ExerciseQueryParser {

    private final List<Violation> violations = new ArrayList<>();

    ExerciseQuery parse(List<String> muscles, List<String> equipment, String pattern, String maxLevel, String laterality,
            String safeFor, String sort, int page, int size) {
        Set<Muscle> expanded = EnumSet.noneOf(Muscle.class);
        for (String slug : muscles) {
            Optional<Muscle> muscle = ExerciseMapper.parse(Muscle.class, slug);
            Optional<MuscleGroup> group = ExerciseMapper.parse(MuscleGroup.class, slug);
            if (muscle.isPresent()) {
                expanded.add(muscle.get());
            } else if (group.isPresent()) {
                expanded.addAll(Muscle.in(group.get()));
            } else {
                violations.add(new Violation("muscle", "unknown muscle or muscle group '" + slug + "'; see /api/v1/muscles"));
            }
        }
        Set<Equipment> owned = null;
        if (!equipment.isEmpty()) {
            owned = EnumSet.noneOf(Equipment.class);
            for (String slug : equipment) {
                Optional<Equipment> item = ExerciseMapper.parse(Equipment.class, slug);
                if (item.isPresent()) {
                    owned.add(item.get());
                } else {
                    violations.add(new Violation("equipment", "unknown equipment '" + slug + "'; see /api/v1/equipment"));
                }
            }
        }
        String sortKey = sort == null ? "name" : sort;
        boolean descending = sortKey.startsWith("-");
        Optional<ExerciseSort> order = Optional.ofNullable(switch (descending ? sortKey.substring(1) : sortKey) {
            case "name" -> ExerciseSort.NAME;
            case "level" -> ExerciseSort.LEVEL;
            case "pattern" -> ExerciseSort.PATTERN;
            case "updated" -> ExerciseSort.UPDATED;
            default -> null;
        });
        if (order.isEmpty()) {
            violations.add(new Violation("sort", "must be name, level, pattern or updated, optionally prefixed by '-'"));
        }
        ExerciseQuery query = new ExerciseQuery(expanded, owned,
                optional(MovementPattern.class, pattern, "pattern"),
                optional(Level.class, maxLevel, "maxLevel"),
                optional(Laterality.class, laterality, "laterality"),
                optional(Condition.class, safeFor, "safeFor"),
                false, order.orElse(ExerciseSort.NAME), descending, page, size);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some query parameters cannot be understood", violations);
        }
        return query;
    }

    private <T extends Enum<T> & Vocabulary> T optional(Class<T> type, String slug, String parameter) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        Optional<T> term = ExerciseMapper.parse(type, slug);
        if (term.isEmpty()) {
            violations.add(new Violation(parameter, "unknown value '" + slug + "'"));
        }
        return term.orElse(null);
    }
}

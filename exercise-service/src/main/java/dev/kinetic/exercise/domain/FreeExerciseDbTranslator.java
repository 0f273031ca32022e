package dev.kinetic.exercise.domain;

import dev.kinetic.contracts.Slugs;

import static dev.kinetic.exercise.domain.Muscle.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps free-exercise-db records onto Kinetic's vocabulary. The data set only knows 17 coarse
 * muscles, so "abductors" becomes gluteus medius and minimus and "glutes" gluteus maximus; it has
 * no movement pattern, laterality, position or spinal load, so those are inferred from the
 * record and reported as notes; its images have no known licence and are never imported.
 */
public final class FreeExerciseDbTranslator {

    /** Imported slugs carry a prefix so a public record never overwrites a curated exercise. */
    public static final String SLUG_PREFIX = "fedb-";
    /** The data set's name in an imported exercise's origin. */
    public static final String DATA_SET = "free-exercise-db";

    private static final Pattern ID = Pattern.compile("[0-9a-zA-Z_-]+");

    private static final Map<String, Set<Muscle>> MUSCLES = Map.ofEntries(
            Map.entry("abdominals", EnumSet.of(RECTUS_ABDOMINIS)),
            Map.entry("abductors", EnumSet.of(GLUTEUS_MEDIUS, GLUTEUS_MINIMUS)),
            Map.entry("adductors", EnumSet.of(Muscle.ADDUCTORS)),
            Map.entry("biceps", EnumSet.of(BICEPS)),
            Map.entry("calves", EnumSet.of(Muscle.CALVES)),
            Map.entry("chest", EnumSet.of(PECTORALS)),
            Map.entry("forearms", EnumSet.of(FOREARMS)),
            Map.entry("glutes", EnumSet.of(GLUTEUS_MAXIMUS)),
            Map.entry("hamstrings", EnumSet.of(Muscle.HAMSTRINGS)),
            Map.entry("lats", EnumSet.of(LATISSIMUS_DORSI)),
            Map.entry("lower back", EnumSet.of(ERECTOR_SPINAE)),
            Map.entry("middle back", EnumSet.of(RHOMBOIDS, TRAPEZIUS)),
            Map.entry("neck", EnumSet.of(TRAPEZIUS)),
            Map.entry("quadriceps", EnumSet.of(Muscle.QUADRICEPS)),
            Map.entry("shoulders", EnumSet.of(DELTOIDS)),
            Map.entry("traps", EnumSet.of(TRAPEZIUS)),
            Map.entry("triceps", EnumSet.of(TRICEPS)));

    private static final Map<String, Equipment> EQUIPMENT = Map.ofEntries(
            Map.entry("body only", Equipment.BODYWEIGHT),
            Map.entry("barbell", Equipment.BARBELL),
            Map.entry("dumbbell", Equipment.DUMBBELL),
            Map.entry("kettlebells", Equipment.KETTLEBELL),
            Map.entry("bands", Equipment.RESISTANCE_BAND),
            Map.entry("cable", Equipment.CABLE),
            Map.entry("machine", Equipment.MACHINE),
            Map.entry("medicine ball", Equipment.MEDICINE_BALL),
            Map.entry("exercise ball", Equipment.STABILITY_BALL),
            Map.entry("foam roll", Equipment.FOAM_ROLLER),
            Map.entry("e-z curl bar", Equipment.EZ_BAR),
            Map.entry("other", Equipment.OTHER));

    private static final Map<String, Level> LEVELS = Map.of(
            "beginner", Level.BEGINNER, "intermediate", Level.INTERMEDIATE, "expert", Level.ADVANCED);

    private static final Set<String> CATEGORIES = Set.of("strength", "stretching", "plyometrics", "powerlifting",
            "olympic weightlifting", "strongman", "cardio");

    public Translation translate(FreeExerciseRecord r) {
        if (r.id() == null || !ID.matcher(r.id()).matches()) {
            return new Translation.Rejected(r.id(), "id must match [0-9a-zA-Z_-]+");
        }
        if (r.name() == null || r.name().isBlank()) {
            return new Translation.Rejected(r.id(), "name is missing");
        }
        if (r.instructions() == null || r.instructions().stream().allMatch(s -> s == null || s.isBlank())) {
            return new Translation.Rejected(r.id(), "no instructions: an exercise nobody can follow is not imported");
        }
        Level level = LEVELS.get(lower(r.level()));
        if (level == null) {
            return new Translation.Rejected(r.id(), "level '" + r.level() + "' is not beginner, intermediate or expert");
        }
        if (r.category() == null || !CATEGORIES.contains(lower(r.category()))) {
            return new Translation.Rejected(r.id(), "category '" + r.category() + "' is unknown");
        }
        if (r.force() != null && !Set.of("pull", "push", "static").contains(lower(r.force()))) {
            return new Translation.Rejected(r.id(), "force '" + r.force() + "' is not pull, push or static");
        }
        if (r.mechanic() != null && !Set.of("compound", "isolation").contains(lower(r.mechanic()))) {
            return new Translation.Rejected(r.id(), "mechanic '" + r.mechanic() + "' is not compound or isolation");
        }
        Equipment equipment = r.equipment() == null ? Equipment.BODYWEIGHT : EQUIPMENT.get(lower(r.equipment()));
        if (equipment == null) {
            return new Translation.Rejected(r.id(), "equipment '" + r.equipment() + "' is unknown");
        }
        Set<Muscle> primary = EnumSet.noneOf(Muscle.class);
        Set<Muscle> secondary = EnumSet.noneOf(Muscle.class);
        for (String name : orEmpty(r.primaryMuscles())) {
            Set<Muscle> mapped = MUSCLES.get(lower(name));
            if (mapped == null) {
                return new Translation.Rejected(r.id(), "primary muscle '" + name + "' is not one of the data set's 17");
            }
            primary.addAll(mapped);
        }
        for (String name : orEmpty(r.secondaryMuscles())) {
            Set<Muscle> mapped = MUSCLES.get(lower(name));
            if (mapped == null) {
                return new Translation.Rejected(r.id(), "secondary muscle '" + name + "' is not one of the data set's 17");
            }
            secondary.addAll(mapped);
        }
        if (primary.isEmpty()) {
            return new Translation.Rejected(r.id(), "no primary muscle");
        }

        List<String> notes = new ArrayList<>();
        String category = lower(r.category());
        String nameLower = lower(r.name());
        List<ImportRules.Rule> rules = ImportRules.matching(r.name(), category, lower(r.force()), primary);
        ImportRules.Rule patternRule = rules.stream().filter(rule -> rule.pattern() != null).findFirst().orElse(null);
        MovementPattern pattern = patternRule != null ? patternRule.pattern() : pattern(category, lower(r.force()), primary, nameLower);
        notes.add("pattern inferred as " + pattern.slug() + (patternRule != null ? " (rule " + patternRule.id() + ")" : ""));
        Set<Equipment> needs = EnumSet.of(equipment);
        rules.forEach(rule -> needs.addAll(rule.equipment()));
        // The instructions often say what the name does not ("lie on a flat bench"): equipment rows read them too
        String instructions = String.join(" ", r.instructions().stream().filter(java.util.Objects::nonNull).toList());
        List<ImportRules.Rule> fromInstructions = ImportRules.equipmentIn(instructions);
        fromInstructions.forEach(rule -> needs.addAll(rule.equipment()));
        if (needs.size() > 1) {
            needs.remove(Equipment.BODYWEIGHT);
        }
        Laterality laterality = nameLower.matches(".*\\b(one[- ]arm|one[- ]leg|single[- ]arm|single[- ]leg|alternat\\w*|unilateral)\\b.*")
                ? Laterality.UNILATERAL : Laterality.BILATERAL;
        Position position = rules.stream().map(ImportRules.Rule::position).filter(java.util.Objects::nonNull).findFirst()
                .orElse(position(nameLower));
        SpinalLoad spinalLoad = pattern == MovementPattern.OLYMPIC_LIFT ? SpinalLoad.HIGH : spinalLoad(category, equipment, pattern);
        Mechanic mechanic = r.mechanic() == null ? (primary.size() + secondary.size() > 1 ? Mechanic.COMPOUND : Mechanic.ISOLATION)
                : Mechanic.valueOf(r.mechanic().toUpperCase(Locale.ROOT));
        if (r.images() != null && !r.images().isEmpty()) {
            notes.add(r.images().size() + " image(s) not imported: no known licence");
        }
        List<Contraindication> contraindications = contraindications(rules);
        contraindications.forEach(c -> notes.add("contraindication inferred: " + c.severity().slug() + " for " + c.condition().slug()));
        Dosage dosage = switch (pattern) {
            case STRETCH, MOBILITY -> Dosage.hold(2, 30);
            default -> "static".equals(lower(r.force())) ? Dosage.hold(3, 20) : Dosage.reps(3, 8, 12);
        };
        try {
            Exercise exercise = new Exercise(slug(r.id()), r.name().trim(), List.of(), java.util.Map.of(), null,
                    r.instructions().stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList(),
                    List.of(), List.of(), primary, secondary, needs, pattern, level, mechanic, laterality,
                    position, spinalLoad, dosage, contraindications, null, null, List.of(), ExerciseStatus.ACTIVE, 1,
                    Origin.imported(DATA_SET, r.id().trim()), Review.UNREVIEWED, inferences(r, concat(rules, fromInstructions), patternRule, pattern, laterality,
                            position, spinalLoad, mechanic, dosage, needs, equipment, contraindications));
            return new Translation.Translated(exercise, notes);
        } catch (InvalidExerciseException e) {
            return new Translation.Rejected(r.id(), e.getMessage());
        }
    }

    /** What the record did not say and the translation filled in, with the record's fields it rests on. */
    private static List<ImportRules.Rule> concat(List<ImportRules.Rule> a, List<ImportRules.Rule> b) {
        List<ImportRules.Rule> all = new ArrayList<>(a);
        b.stream().filter(rule -> !all.contains(rule)).forEach(all::add);
        return all;
    }

    /** Per condition the strictest severity any matching rule gives, with that rule's reason. */
    private static List<Contraindication> contraindications(List<ImportRules.Rule> rules) {
        java.util.Map<Condition, Contraindication> strictest = new java.util.EnumMap<>(Condition.class);
        for (ImportRules.Rule rule : rules) {
            for (Contraindication c : rule.contraindications()) {
                strictest.merge(c.condition(), c, (a, b) -> a.severity() == Severity.AVOID ? a : b);
            }
        }
        return List.copyOf(strictest.values());
    }

    private static List<Inference> inferences(FreeExerciseRecord r, List<ImportRules.Rule> rules, ImportRules.Rule patternRule,
            MovementPattern pattern, Laterality laterality, Position position, SpinalLoad spinalLoad, Mechanic mechanic, Dosage dosage,
            Set<Equipment> needs, Equipment recorded, List<Contraindication> contraindications) {
        String source = "name '" + r.name().trim() + "', category '" + r.category() + "', force '" + r.force() + "', primary muscles "
                + r.primaryMuscles();
        List<Inference> inferred = new ArrayList<>();
        inferred.add(patternRule != null
                ? new Inference("pattern", pattern.slug(), "rule " + patternRule.id() + " on the " + source + ": " + patternRule.reason(), "high")
                : new Inference("pattern", pattern.slug(), "from " + source + " (no rule named a pattern)", "low"));
        for (Equipment e : needs) {
            if (e != recorded) {
                String rule = rules.stream().filter(x -> x.equipment().contains(e)).map(ImportRules.Rule::id).findFirst().orElse("?");
                inferred.add(new Inference("equipment", e.slug(), "rule " + rule + ": the name '" + r.name().trim()
                        + "' or its instructions imply it", "high"));
            }
        }
        boolean namedSide = laterality == Laterality.UNILATERAL;
        inferred.add(new Inference("laterality", laterality.slug(), namedSide ? "the name says one arm, one leg, single or alternating"
                : "the name says nothing of one side", namedSide ? "high" : "medium"));
        inferred.add(new Inference("position", position.slug(), "from words of the name '" + r.name().trim() + "'", "low"));
        inferred.add(new Inference("spinalLoad", spinalLoad.slug(), "from category '" + r.category() + "', equipment '" + r.equipment()
                + "' and the inferred pattern", "low"));
        if (r.mechanic() == null) {
            inferred.add(new Inference("mechanic", mechanic.slug(), "the record has none; from the number of muscles listed", "low"));
        }
        inferred.add(new Inference("dosage", dosage.holdSeconds() != null ? dosage.sets() + " x " + dosage.holdSeconds() + " s"
                : dosage.sets() + " x " + dosage.repsMin() + "-" + dosage.repsMax(), "the catalog's default for the pattern and force",
                "medium"));
        if (contraindications.isEmpty()) {
            inferred.add(new Inference("contraindications", "none", "the record states none and no rule matched its name", "low"));
        }
        for (Contraindication c : contraindications) {
            String rule = rules.stream().filter(x -> x.contraindications().stream().anyMatch(y -> y.condition() == c.condition()
                    && y.severity() == c.severity())).map(ImportRules.Rule::id).findFirst().orElse("?");
            inferred.add(new Inference("contraindications", c.condition().slug() + ":" + c.severity().slug(),
                    "rule " + rule + ": " + c.reason(), "medium"));
        }
        return inferred;
    }

    public static String slug(String id) {
        String slug = Slugs.asciiFromText(id);
        String full = SLUG_PREFIX + slug;
        return full.length() > 80 ? full.substring(0, 80).replaceAll("-+$", "") : full;
    }

    private static MovementPattern pattern(String category, String force, Set<Muscle> primary, String name) {
        if (category.equals("stretching")) {
            return MovementPattern.STRETCH;
        }
        if (category.equals("cardio") || category.equals("plyometrics")) {
            return MovementPattern.CONDITIONING;
        }
        if (name.contains("carry") || name.contains("farmer")) {
            return MovementPattern.CARRY;
        }
        if (name.contains("lunge") || name.contains("split squat") || name.contains("step-up") || name.contains("step up")) {
            return MovementPattern.LUNGE;
        }
        if (name.contains("squat")) {
            return MovementPattern.SQUAT;
        }
        if (name.contains("bridge") || name.contains("hip thrust") || name.contains("hip extension")) {
            return MovementPattern.HIP_EXTENSION;
        }
        if (name.contains("deadlift") || name.contains("good morning") || name.contains("swing")) {
            return MovementPattern.HINGE;
        }
        if (primary.contains(GLUTEUS_MEDIUS)) {
            return MovementPattern.HIP_ABDUCTION;
        }
        if (primary.contains(Muscle.ADDUCTORS)) {
            return MovementPattern.HIP_ADDUCTION;
        }
        if (primary.contains(RECTUS_ABDOMINIS) || primary.contains(OBLIQUES)) {
            return name.contains("side") ? MovementPattern.ANTI_LATERAL_FLEXION : MovementPattern.ANTI_EXTENSION;
        }
        if (primary.contains(Muscle.CALVES)) {
            return MovementPattern.CALF_RAISE;
        }
        if (primary.contains(GLUTEUS_MAXIMUS) || primary.contains(Muscle.HAMSTRINGS) || primary.contains(ERECTOR_SPINAE)) {
            return "push".equals(force) ? MovementPattern.HIP_EXTENSION : MovementPattern.HINGE;
        }
        if (primary.contains(Muscle.QUADRICEPS)) {
            return MovementPattern.SQUAT;
        }
        if (primary.contains(DELTOIDS)) {
            return "pull".equals(force) ? MovementPattern.HORIZONTAL_PULL : MovementPattern.VERTICAL_PUSH;
        }
        if (primary.contains(PECTORALS) || primary.contains(TRICEPS)) {
            return MovementPattern.HORIZONTAL_PUSH;
        }
        if (primary.contains(LATISSIMUS_DORSI)) {
            return name.contains("row") ? MovementPattern.HORIZONTAL_PULL : MovementPattern.VERTICAL_PULL;
        }
        if (primary.contains(RHOMBOIDS) || primary.contains(TRAPEZIUS) || primary.contains(BICEPS) || primary.contains(FOREARMS)) {
            return MovementPattern.HORIZONTAL_PULL;
        }
        return MovementPattern.MOBILITY;
    }

    private static Position position(String name) {
        if (name.contains("lying") || name.contains("supine")) {
            return name.contains("side") ? Position.SIDE_LYING : name.contains("prone") ? Position.PRONE : Position.SUPINE;
        }
        if (name.contains("seated") || name.contains("sitting")) {
            return Position.SEATED;
        }
        if (name.contains("kneeling")) {
            return Position.KNEELING;
        }
        if (name.contains("hanging")) {
            return Position.HANGING;
        }
        return Position.STANDING;
    }

    private static SpinalLoad spinalLoad(String category, Equipment equipment, MovementPattern pattern) {
        if (pattern == MovementPattern.STRETCH || pattern == MovementPattern.MOBILITY) {
            return SpinalLoad.NONE;
        }
        boolean heavyCategory = Set.of("powerlifting", "olympic weightlifting", "strongman").contains(category);
        boolean axial = pattern == MovementPattern.SQUAT || pattern == MovementPattern.HINGE || pattern == MovementPattern.CARRY;
        if (heavyCategory || (equipment == Equipment.BARBELL && axial)) {
            return SpinalLoad.HIGH;
        }
        if (equipment == Equipment.BARBELL || axial) {
            return SpinalLoad.MODERATE;
        }
        return SpinalLoad.LOW;
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}

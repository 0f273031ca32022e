package dev.kinetic.exercise.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An exercise of the catalog: what it trains, what it needs, how hard it is, who should avoid it,
 * and where it sits on its progression ladder. Construction enforces the catalog's rules.
 */
public record Exercise(
        String slug,
        String name,
        List<String> aliases,
        Map<String, LocalNames> names,
        String summary,
        List<String> instructions,
        List<String> cues,
        List<String> mistakes,
        Set<Muscle> primaryMuscles,
        Set<Muscle> secondaryMuscles,
        Set<Equipment> equipment,
        MovementPattern pattern,
        Level level,
        Mechanic mechanic,
        Laterality laterality,
        Position position,
        SpinalLoad spinalLoad,
        Dosage dosage,
        List<Contraindication> contraindications,
        String regression,
        String progression,
        List<Media> media,
        ExerciseStatus status,
        int version,
        Origin origin,
        Review review,
        List<Inference> inferences) {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public Exercise {
        aliases = List.copyOf(aliases);
        names = names == null ? Map.of() : Map.copyOf(names);
        origin = origin == null ? Origin.CURATED : origin;
        // Documents stored before reviews existed were the team's curated catalog or a free-exercise-db import
        review = review != null ? review : origin.curated() ? Review.approved(null, null, null) : Review.UNREVIEWED;
        inferences = inferences == null ? List.of() : List.copyOf(inferences);
        instructions = List.copyOf(instructions);
        cues = List.copyOf(cues);
        mistakes = List.copyOf(mistakes);
        primaryMuscles = Set.copyOf(primaryMuscles);
        // A muscle that is primary is not also secondary (some public data sets list both).
        Set<Muscle> onlySecondary = secondaryMuscles.isEmpty() ? EnumSet.noneOf(Muscle.class) : EnumSet.copyOf(secondaryMuscles);
        onlySecondary.removeAll(primaryMuscles);
        secondaryMuscles = Set.copyOf(onlySecondary);
        equipment = Set.copyOf(equipment);
        contraindications = List.copyOf(contraindications);
        media = List.copyOf(media);
        List<FieldError> errors = rulesBrokenBy(slug, name, names, instructions, primaryMuscles, equipment, pattern, level,
                dosage, contraindications, regression, progression, media, version);
        errors.addAll(ExerciseBounds.brokenBy(name, aliases, summary, instructions, cues, mistakes, primaryMuscles, secondaryMuscles,
                equipment, contraindications, regression, progression, media));
        errors.addAll(ExerciseBounds.brokenBy(names));
        if (!errors.isEmpty()) {
            throw new InvalidExerciseException(errors);
        }
    }

    public boolean isActive() {
        return status == ExerciseStatus.ACTIVE;
    }

    /** Every muscle it works, primary first. */
    public Set<Muscle> muscles() {
        Set<Muscle> all = EnumSet.copyOf(primaryMuscles);
        all.addAll(secondaryMuscles);
        return all;
    }

    public Optional<Contraindication> contraindicationFor(Condition condition) {
        return contraindications.stream().filter(c -> c.condition() == condition).findFirst();
    }

    /** Whether someone owning {@code owned} can do it (bodyweight is always available). */
    public boolean doableWith(Set<Equipment> owned) {
        for (Equipment needed : equipment) {
            if (needed != Equipment.BODYWEIGHT && !owned.contains(needed)) {
                return false;
            }
        }
        return true;
    }

    public Exercise withStatus(ExerciseStatus newStatus, int newVersion) {
        return new Exercise(slug, name, aliases, names, summary, instructions, cues, mistakes, primaryMuscles, secondaryMuscles,
                equipment, pattern, level, mechanic, laterality, position, spinalLoad, dosage, contraindications,
                regression, progression, media, newStatus, newVersion, origin, review, inferences);
    }

    /** The same exercise with the given provenance (an editor's change keeps where it came from). */
    public Exercise withOrigin(Origin newOrigin) {
        return new Exercise(slug, name, aliases, names, summary, instructions, cues, mistakes, primaryMuscles, secondaryMuscles,
                equipment, pattern, level, mechanic, laterality, position, spinalLoad, dosage, contraindications,
                regression, progression, media, status, version, newOrigin, review, inferences);
    }

    /** The same exercise under another review. */
    public Exercise withReview(Review newReview) {
        return new Exercise(slug, name, aliases, names, summary, instructions, cues, mistakes, primaryMuscles, secondaryMuscles,
                equipment, pattern, level, mechanic, laterality, position, spinalLoad, dosage, contraindications,
                regression, progression, media, status, version, origin, newReview, inferences);
    }

    /** The same exercise with the values a translation inferred, and the evidence for each. */
    public Exercise withInferences(List<Inference> newInferences) {
        return new Exercise(slug, name, aliases, names, summary, instructions, cues, mistakes, primaryMuscles, secondaryMuscles,
                equipment, pattern, level, mechanic, laterality, position, spinalLoad, dosage, contraindications,
                regression, progression, media, status, version, origin, review, newInferences);
    }

    /** Whether plans may use it: active and approved by an editor. */
    public boolean plannable() {
        return isActive() && review.approved();
    }

    /** The same content as {@code other}, ignoring status and version: an unchanged re-import. */
    public boolean sameContentAs(Exercise other) {
        return withStatus(status, 1).withReview(Review.UNREVIEWED).equals(other.withStatus(status, 1).withReview(Review.UNREVIEWED));
    }

    private static List<FieldError> rulesBrokenBy(String slug, String name, Map<String, LocalNames> names, List<String> instructions,
            Set<Muscle> primaryMuscles, Set<Equipment> equipment, MovementPattern pattern, Level level, Dosage dosage,
            List<Contraindication> contraindications, String regression, String progression, List<Media> media,
            int version) {
        List<FieldError> errors = new ArrayList<>();
        if (slug == null || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            errors.add(new FieldError("slug", "must be lower-case words joined by hyphens, at most 80 characters"));
        } else if (dev.kinetic.contracts.catalog.CatalogVocabulary.KEY.equals(slug)) {
            errors.add(new FieldError("slug", "'" + slug + "' is the key of the catalog's vocabulary on its topic"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        // How many languages, and how long names and aliases may be, are ExerciseBounds' to say.
        for (Map.Entry<String, LocalNames> local : names.entrySet()) {
            if (local.getKey() == null || !LANGUAGE.matcher(local.getKey()).matches()) {
                errors.add(new FieldError("names", "keys must be ISO 639-1 language codes such as es, fr, de; got '" + local.getKey() + "'"));
            } else if (local.getValue() == null || local.getValue().name() == null || local.getValue().name().isBlank()) {
                errors.add(new FieldError("names." + local.getKey() + ".name", "must not be blank"));
            } else if (local.getValue().aliases().stream().anyMatch(a -> a == null || a.isBlank())) {
                errors.add(new FieldError("names." + local.getKey() + ".aliases", "none may be blank"));
            }
        }
        if (instructions.isEmpty() || instructions.stream().anyMatch(s -> s == null || s.isBlank())) {
            errors.add(new FieldError("instructions", "must list at least one step, none blank"));
        }
        if (primaryMuscles.isEmpty()) {
            errors.add(new FieldError("primaryMuscles", "must name at least one muscle"));
        }
        if (equipment.isEmpty()) {
            errors.add(new FieldError("equipment", "must not be empty; use bodyweight when nothing is needed"));
        } else if (equipment.contains(Equipment.BODYWEIGHT) && equipment.size() > 1) {
            errors.add(new FieldError("equipment", "bodyweight means no equipment and cannot be combined"));
        }
        if (pattern == null) {
            errors.add(new FieldError("pattern", "is required"));
        }
        if (level == null) {
            errors.add(new FieldError("level", "is required"));
        }
        dosageErrors(dosage, errors);
        Set<Condition> seen = new HashSet<>();
        for (int i = 0; i < contraindications.size(); i++) {
            Contraindication c = contraindications.get(i);
            if (!seen.add(c.condition())) {
                errors.add(new FieldError("contraindications[" + i + "].condition", "is listed twice"));
            }
            if (c.reason() == null || c.reason().isBlank()) {
                errors.add(new FieldError("contraindications[" + i + "].reason", "must say why"));
            }
        }
        if (slug != null && slug.equals(regression)) {
            errors.add(new FieldError("regression", "cannot be the exercise itself"));
        }
        if (slug != null && slug.equals(progression)) {
            errors.add(new FieldError("progression", "cannot be the exercise itself"));
        }
        if (regression != null && regression.equals(progression)) {
            errors.add(new FieldError("progression", "cannot equal the regression"));
        }
        for (int i = 0; i < media.size(); i++) {
            Media m = media.get(i);
            if (m.licence() == null || !Media.KNOWN_LICENCES.contains(m.licence())) {
                errors.add(new FieldError("media[" + i + "].licence", "must be one of " + Media.KNOWN_LICENCES));
            }
            if (m.type() == null || !Media.TYPES.contains(m.type())) {
                errors.add(new FieldError("media[" + i + "].type", "must be one of " + Media.TYPES));
            }
            if (m.url() == null || !m.url().startsWith("https://") || !dev.kinetic.platform.validation.SafeText.safeUrl(m.url())) {
                errors.add(new FieldError("media[" + i + "].url", "must be an https URL"));
            }
        }
        if (version < 1) {
            errors.add(new FieldError("version", "must be at least 1"));
        }
        return errors;
    }

    private static void dosageErrors(Dosage dosage, List<FieldError> errors) {
        if (dosage == null) {
            errors.add(new FieldError("dosage", "is required"));
            return;
        }
        if (dosage.sets() < 1 || dosage.sets() > 10) {
            errors.add(new FieldError("dosage.sets", "must be between 1 and 10"));
        }
        boolean reps = dosage.repsMin() != null || dosage.repsMax() != null;
        if (reps == dosage.isHold()) {
            errors.add(new FieldError("dosage", "must give either a repetition range or a hold time"));
            return;
        }
        if (reps) {
            if (dosage.repsMin() == null || dosage.repsMax() == null || dosage.repsMin() < 1 || dosage.repsMax() > 100
                    || dosage.repsMin() > dosage.repsMax()) {
                errors.add(new FieldError("dosage.repsMin", "must be a range within 1-100, minimum first"));
            }
        } else if (dosage.holdSeconds() < 5 || dosage.holdSeconds() > 600) {
            errors.add(new FieldError("dosage.holdSeconds", "must be between 5 and 600"));
        }
    }
}

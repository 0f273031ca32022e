package dev.kinetic.exercise.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;

import dev.kinetic.exercise.domain.Condition;
import dev.kinetic.exercise.domain.Contraindication;
import dev.kinetic.exercise.domain.Dosage;
import dev.kinetic.exercise.domain.Equipment;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.domain.FieldError;
import dev.kinetic.exercise.domain.InvalidExerciseException;
import dev.kinetic.exercise.domain.Laterality;
import dev.kinetic.exercise.domain.LocalNames;
import dev.kinetic.exercise.domain.Level;
import dev.kinetic.exercise.domain.Mechanic;
import dev.kinetic.exercise.domain.Media;
import dev.kinetic.exercise.domain.MovementPattern;
import dev.kinetic.exercise.domain.Muscle;
import dev.kinetic.exercise.domain.Origin;
import dev.kinetic.exercise.domain.Position;
import dev.kinetic.exercise.domain.Severity;
import dev.kinetic.exercise.domain.SpinalLoad;
import dev.kinetic.exercise.domain.Vocabulary;

/** Translates between the API's slugs and the domain's vocabularies, reporting every unknown term by its field. */
public final class ExerciseMapper {

    private ExerciseMapper() {
    }

    public static Exercise toDomain(ExerciseRequest r, ExerciseStatus status, int version) {
        List<FieldError> errors = new ArrayList<>();
        Set<Muscle> primary = terms(Muscle.class, r.primaryMuscles(), "primaryMuscles", "/api/v1/muscles", errors);
        Set<Muscle> secondary = terms(Muscle.class, r.secondaryMuscles(), "secondaryMuscles", "/api/v1/muscles", errors);
        Set<Equipment> equipment = terms(Equipment.class, r.equipment(), "equipment", "/api/v1/equipment", errors);
        MovementPattern pattern = term(MovementPattern.class, r.pattern(), "pattern", errors);
        Level level = term(Level.class, r.level(), "level", errors);
        Mechanic mechanic = term(Mechanic.class, r.mechanic(), "mechanic", errors);
        Laterality laterality = term(Laterality.class, r.laterality(), "laterality", errors);
        Position position = term(Position.class, r.position(), "position", errors);
        SpinalLoad spinalLoad = term(SpinalLoad.class, r.spinalLoad(), "spinalLoad", errors);
        List<Contraindication> contraindications = new ArrayList<>();
        List<ContraindicationDto> given = orEmpty(r.contraindications());
        for (int i = 0; i < given.size(); i++) {
            ContraindicationDto c = given.get(i);
            Condition condition = term(Condition.class, c.condition(), "contraindications[" + i + "].condition", errors);
            Severity severity = term(Severity.class, c.severity(), "contraindications[" + i + "].severity", errors);
            contraindications.add(new Contraindication(condition, severity, c.reason()));
        }
        List<Media> media = orEmpty(r.media()).stream()
                .map(m -> new Media(m.url(), m.type(), m.licence(), m.attribution()))
                .toList();
        DosageDto d = r.dosage();
        Dosage dosage = d == null ? null : new Dosage(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds());
        try {
            Exercise exercise = new Exercise(r.slug(), trim(r.name()), orEmpty(r.aliases()), names(r.names()), trim(r.summary()),
                    orEmpty(r.instructions()), orEmpty(r.cues()), orEmpty(r.mistakes()), primary, secondary, equipment,
                    pattern, level, mechanic, laterality, position, spinalLoad, dosage, contraindications,
                    blankToNull(r.regression()), blankToNull(r.progression()), media, status, version, Origin.CURATED, null, null);
            if (!errors.isEmpty()) {
                throw new InvalidExerciseException(errors);
            }
            return exercise;
        } catch (InvalidExerciseException e) {
            List<FieldError> all = new ArrayList<>(errors);
            e.errors().stream().filter(err -> !mentioned(errors, err.field())).forEach(all::add);
            throw new InvalidExerciseException(all);
        }
    }

    public static ExerciseView toView(Exercise e) {
        return new ExerciseView(e.slug(), e.name(), e.aliases(), namesView(e.names()), e.summary(), e.instructions(), e.cues(), e.mistakes(),
                Vocabulary.slugs(e.primaryMuscles()), Vocabulary.slugs(e.secondaryMuscles()), Vocabulary.slugs(e.equipment()), e.pattern().slug(),
                e.level().slug(), e.mechanic().slug(), e.laterality().slug(), e.position().slug(), e.spinalLoad().slug(),
                new DosageDto(e.dosage().sets(), e.dosage().repsMin(), e.dosage().repsMax(), e.dosage().holdSeconds()),
                e.contraindications().stream()
                        .map(c -> new ContraindicationDto(c.condition().slug(), c.severity().slug(), c.reason()))
                        .toList(),
                e.regression(), e.progression(),
                e.media().stream().map(m -> new MediaDto(m.url(), m.type(), m.licence(), m.attribution())).toList(),
                e.status().slug(), e.version(), new OriginDto(e.origin().kind(), e.origin().dataSet(), e.origin().recordId()),
                new ReviewDto(e.review().status().slug(), e.review().by(), e.review().at(), e.review().note()),
                e.inferences().stream().map(i -> new InferenceDto(i.field(), i.value(), i.evidence(), i.confidence())).toList());
    }

    private static Map<String, LocalNames> names(Map<String, LocalNamesDto> given) {
        if (given == null) {
            return Map.of();
        }
        Map<String, LocalNames> names = new TreeMap<>();
        given.forEach((language, n) -> names.put(language == null ? null : language.trim().toLowerCase(java.util.Locale.ROOT),
                n == null ? null : new LocalNames(trim(n.name()), orEmpty(n.aliases()).stream().map(String::trim).toList())));
        return names;
    }

    private static Map<String, LocalNamesDto> namesView(Map<String, LocalNames> names) {
        Map<String, LocalNamesDto> view = new TreeMap<>();
        names.forEach((language, n) -> view.put(language, new LocalNamesDto(n.name(), n.aliases())));
        return view;
    }

    static <T extends Enum<T> & Vocabulary> Optional<T> parse(Class<T> type, String slug) {
        return slug == null ? Optional.empty() : Vocabulary.bySlug(type, slug.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private static <T extends Enum<T> & Vocabulary> T term(Class<T> type, String slug, String field, List<FieldError> errors) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        Optional<T> term = parse(type, slug);
        if (term.isEmpty()) {
            errors.add(new FieldError(field, "unknown " + humanName(type) + " '" + slug + "'; one of " + slugsOf(type)));
        }
        return term.orElse(null);
    }

    private static <T extends Enum<T> & Vocabulary> Set<T> terms(Class<T> type, List<String> slugs, String field,
            String listedAt, List<FieldError> errors) {
        Set<T> terms = EnumSet.noneOf(type);
        List<String> given = orEmpty(slugs);
        for (int i = 0; i < given.size(); i++) {
            Optional<T> term = parse(type, given.get(i));
            if (term.isPresent()) {
                terms.add(term.get());
            } else {
                errors.add(new FieldError(field + "[" + i + "]", "unknown " + humanName(type) + " '" + given.get(i)
                        + "'; see " + listedAt));
            }
        }
        return terms;
    }

    private static boolean mentioned(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "["));
    }

    private static String humanName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static <T extends Enum<T> & Vocabulary> List<String> slugsOf(Class<T> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Vocabulary::slug).toList();
    }


    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

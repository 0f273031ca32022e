package dev.kinetic.exercise.persistence;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.kinetic.exercise.domain.Condition;
import dev.kinetic.exercise.domain.Contraindication;
import dev.kinetic.exercise.domain.Dosage;
import dev.kinetic.exercise.domain.Equipment;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.domain.Inference;
import dev.kinetic.exercise.domain.Laterality;
import dev.kinetic.exercise.domain.Level;
import dev.kinetic.exercise.domain.LocalNames;
import dev.kinetic.exercise.domain.Mechanic;
import dev.kinetic.exercise.domain.Media;
import dev.kinetic.exercise.domain.MovementPattern;
import dev.kinetic.exercise.domain.Muscle;
import dev.kinetic.exercise.domain.Origin;
import dev.kinetic.exercise.domain.Position;
import dev.kinetic.exercise.domain.Review;
import dev.kinetic.exercise.domain.ReviewStatus;
import dev.kinetic.exercise.domain.Severity;
import dev.kinetic.exercise.domain.SpinalLoad;
import dev.kinetic.exercise.domain.Vocabulary;

/** Between the domain exercise and its stored document. A stored term the catalog no longer knows is a defect, not input. */
final class ExerciseDocuments {

    private ExerciseDocuments() {
    }

    static ExerciseDocument of(Exercise e) {
        Map<String, ExerciseDocument.Names> names = new TreeMap<>();
        e.names().forEach((language, n) -> names.put(language, new ExerciseDocument.Names(n.name(), n.aliases())));
        Dosage d = e.dosage();
        return new ExerciseDocument(e.slug(), e.name(), e.aliases(), names, e.summary(), e.instructions(), e.cues(), e.mistakes(),
                Vocabulary.slugs(e.primaryMuscles()), Vocabulary.slugs(e.secondaryMuscles()), Vocabulary.slugs(e.equipment()), e.pattern().slug(), e.level().slug(),
                e.mechanic().slug(), e.laterality().slug(), e.position().slug(), e.spinalLoad().slug(),
                new ExerciseDocument.Dosage(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds()),
                e.contraindications().stream()
                        .map(c -> new ExerciseDocument.Contraindication(c.condition().slug(), c.severity().slug(), c.reason())).toList(),
                e.regression(), e.progression(),
                e.media().stream().map(m -> new ExerciseDocument.Media(m.url(), m.type(), m.licence(), m.attribution())).toList(),
                e.status().slug(), e.version(), new ExerciseDocument.Origin(e.origin().kind(), e.origin().dataSet(), e.origin().recordId()),
                new ExerciseDocument.Review(e.review().status().slug(), e.review().by(), e.review().at(), e.review().note()),
                e.inferences().stream().map(i -> new ExerciseDocument.Inference(i.field(), i.value(), i.evidence(), i.confidence())).toList());
    }

    static Exercise toExercise(ExerciseDocument s) {
        Map<String, LocalNames> names = new TreeMap<>();
        orEmpty(s.names()).forEach((language, n) -> names.put(language, new LocalNames(n.name(), orEmpty(n.aliases()))));
        ExerciseDocument.Dosage d = s.dosage();
        ExerciseDocument.Origin o = s.origin();
        ExerciseDocument.Review r = s.review();
        // No review stored (documents from before reviews): the exercise derives it from its origin.
        Review review = r == null ? null : new Review(term(ReviewStatus.class, r.status(), s), r.by(), r.at(), r.note());
        return new Exercise(s.slug(), s.name(), orEmpty(s.aliases()), names, s.summary(), orEmpty(s.instructions()), orEmpty(s.cues()),
                orEmpty(s.mistakes()), terms(Muscle.class, s.primaryMuscles(), s), terms(Muscle.class, s.secondaryMuscles(), s),
                terms(Equipment.class, s.equipment(), s), term(MovementPattern.class, s.pattern(), s), term(Level.class, s.level(), s),
                term(Mechanic.class, s.mechanic(), s), term(Laterality.class, s.laterality(), s), term(Position.class, s.position(), s),
                term(SpinalLoad.class, s.spinalLoad(), s), new Dosage(d.sets(), d.repsMin(), d.repsMax(), d.holdSeconds()),
                orEmpty(s.contraindications()).stream().map(c -> new Contraindication(term(Condition.class, c.condition(), s),
                        term(Severity.class, c.severity(), s), c.reason())).toList(),
                s.regression(), s.progression(),
                orEmpty(s.media()).stream().map(m -> new Media(m.url(), m.type(), m.licence(), m.attribution())).toList(),
                term(ExerciseStatus.class, s.status(), s), s.version(),
                o == null ? Origin.CURATED : new Origin(o.kind(), o.dataSet(), o.recordId()), review,
                orEmpty(s.inferences()).stream().map(i -> new Inference(i.field(), i.value(), i.evidence(), i.confidence())).toList());
    }

    private static <T extends Enum<T> & Vocabulary> T term(Class<T> type, String slug, ExerciseDocument document) {
        return Vocabulary.bySlug(type, slug).orElseThrow(() -> new IllegalStateException("Stored exercise " + document.slug()
                + " has the unknown " + type.getSimpleName() + " '" + slug + "'"));
    }

    private static <T extends Enum<T> & Vocabulary> Set<T> terms(Class<T> type, List<String> slugs, ExerciseDocument document) {
        Set<T> terms = EnumSet.noneOf(type);
        orEmpty(slugs).forEach(slug -> terms.add(term(type, slug, document)));
        return terms;
    }


    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}

package dev.kinetic.exercise.domain;

import static dev.kinetic.exercise.domain.ExerciseLimits.ALIAS;
import static dev.kinetic.exercise.domain.ExerciseLimits.ALIASES;
import static dev.kinetic.exercise.domain.ExerciseLimits.ATTRIBUTION;
import static dev.kinetic.exercise.domain.ExerciseLimits.CONTRAINDICATIONS;
import static dev.kinetic.exercise.domain.ExerciseLimits.EQUIPMENT;
import static dev.kinetic.exercise.domain.ExerciseLimits.LANGUAGES;
import static dev.kinetic.exercise.domain.ExerciseLimits.MEDIA;
import static dev.kinetic.exercise.domain.ExerciseLimits.MUSCLES;
import static dev.kinetic.exercise.domain.ExerciseLimits.NAME;
import static dev.kinetic.exercise.domain.ExerciseLimits.NOTE;
import static dev.kinetic.exercise.domain.ExerciseLimits.NOTES;
import static dev.kinetic.exercise.domain.ExerciseLimits.REASON;
import static dev.kinetic.exercise.domain.ExerciseLimits.SLUG;
import static dev.kinetic.exercise.domain.ExerciseLimits.STEP;
import static dev.kinetic.exercise.domain.ExerciseLimits.STEPS;
import static dev.kinetic.exercise.domain.ExerciseLimits.SUMMARY;
import static dev.kinetic.exercise.domain.ExerciseLimits.URL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import dev.kinetic.platform.validation.SafeText;

/**
 * The size and character rules of {@link ExerciseLimits}, checked on every exercise however it was made
 * (an editor's request, a Kinetic file, a public data set): names are single lines, prose has no control
 * characters, every list and string has a bound.
 */
final class ExerciseBounds {

    private ExerciseBounds() {
    }

    static List<FieldError> brokenBy(String name, List<String> aliases, String summary, List<String> instructions, List<String> cues,
            List<String> mistakes, Collection<Muscle> primary, Collection<Muscle> secondary, Collection<Equipment> equipment,
            List<Contraindication> contraindications, String regression, String progression, List<Media> media) {
        List<FieldError> errors = new ArrayList<>();
        line(errors, "name", name, NAME);
        lines(errors, "aliases", aliases, ALIASES, ALIAS);
        prose(errors, "summary", summary, SUMMARY);
        proseList(errors, "instructions", instructions, STEPS, STEP);
        proseList(errors, "cues", cues, NOTES, NOTE);
        proseList(errors, "mistakes", mistakes, NOTES, NOTE);
        count(errors, "primaryMuscles", primary, MUSCLES);
        count(errors, "secondaryMuscles", secondary, MUSCLES);
        count(errors, "equipment", equipment, EQUIPMENT);
        count(errors, "contraindications", contraindications, CONTRAINDICATIONS);
        for (int i = 0; i < contraindications.size(); i++) {
            prose(errors, "contraindications[" + i + "].reason", contraindications.get(i).reason(), REASON);
        }
        line(errors, "regression", regression, SLUG);
        line(errors, "progression", progression, SLUG);
        count(errors, "media", media, MEDIA);
        for (int i = 0; i < Math.min(media.size(), MEDIA); i++) {
            line(errors, "media[" + i + "].url", media.get(i).url(), URL);
            line(errors, "media[" + i + "].attribution", media.get(i).attribution(), ATTRIBUTION);
        }
        return errors;
    }

    /** Bounds on the names an exercise has in other languages (checked with the names' own rules). */
    static List<FieldError> brokenBy(Map<String, LocalNames> names) {
        List<FieldError> errors = new ArrayList<>();
        count(errors, "names", names.keySet(), LANGUAGES);
        names.forEach((language, local) -> {
            if (local != null) {
                line(errors, "names." + language + ".name", local.name(), NAME);
                lines(errors, "names." + language + ".aliases", local.aliases(), ALIASES, ALIAS);
            }
        });
        return errors;
    }

    private static final String SINGLE_LINE = "must be a single line without control characters";
    private static final String PROSE = "must not contain control characters other than line breaks and tabs";

    private static void line(List<FieldError> errors, String field, String value, int max) {
        text(errors, field, value, max, SafeText::singleLine, SINGLE_LINE);
    }

    private static void prose(List<FieldError> errors, String field, String value, int max) {
        text(errors, field, value, max, SafeText::prose, PROSE);
    }

    private static void text(List<FieldError> errors, String field, String value, int max, Predicate<String> allowed, String rule) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        } else if (!allowed.test(value)) {
            errors.add(new FieldError(field, rule));
        }
    }

    private static void lines(List<FieldError> errors, String field, List<String> values, int maxCount, int max) {
        texts(errors, field, values, maxCount, (f, v) -> line(errors, f, v, max));
    }

    private static void proseList(List<FieldError> errors, String field, List<String> values, int maxCount, int max) {
        texts(errors, field, values, maxCount, (f, v) -> prose(errors, f, v, max));
    }

    private static void texts(List<FieldError> errors, String field, List<String> values, int maxCount, BiConsumer<String, String> each) {
        count(errors, field, values, maxCount);
        for (int i = 0; i < Math.min(values.size(), maxCount); i++) {
            each.accept(field + "[" + i + "]", values.get(i));
        }
    }

    private static void count(List<FieldError> errors, String field, Collection<?> values, int max) {
        if (values.size() > max) {
            errors.add(new FieldError(field, "at most " + max + " entries"));
        }
    }
}

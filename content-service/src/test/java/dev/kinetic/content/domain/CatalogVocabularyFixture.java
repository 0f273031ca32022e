package dev.kinetic.content.domain;

import java.util.List;
import java.util.Set;

/** A small catalog, as content-service would hold it from the exercise-catalog topic. */
public final class CatalogVocabularyFixture {

    private CatalogVocabularyFixture() {
    }

    private static CatalogVocabulary.ExerciseTerm exercise(String slug, String name, Set<String> aliases, Set<String> muscles,
            Set<String> avoidFor, String level) {
        return new CatalogVocabulary.ExerciseTerm(slug, name, aliases, muscles, avoidFor, level, true);
    }

    public static CatalogVocabulary catalog() {
        return new CatalogVocabulary(List.of(
                exercise("glute-bridge", "Glute bridge", Set.of("hip bridge", "bridge"), Set.of("gluteus-maximus"), Set.of(), "beginner"),
                exercise("clamshell", "Clamshell", Set.of("clams", "clam"), Set.of("gluteus-medius"), Set.of(), "beginner"),
                exercise("forearm-plank", "Forearm plank", Set.of("plank", "planks"), Set.of("transversus-abdominis"), Set.of(), "intermediate"),
                exercise("side-plank", "Side plank", Set.of(), Set.of("obliques"), Set.of(), "intermediate"),
                exercise("bodyweight-squat", "Bodyweight squat", Set.of("squat", "squats"), Set.of("quadriceps", "gluteus-maximus"), Set.of(), "beginner"),
                exercise("reverse-lunge", "Reverse lunge", Set.of("lunge", "lunges"), Set.of("gluteus-maximus", "quadriceps"), Set.of(), "intermediate"),
                exercise("hip-thrust", "Hip thrust", Set.of("hip thrusts"), Set.of("gluteus-maximus"), Set.of(), "intermediate"),
                exercise("banded-lateral-walk", "Banded lateral walk", Set.of("monster walk"), Set.of("gluteus-medius"), Set.of(), "intermediate"),
                exercise("stability-ball-rollout", "Stability ball rollout", Set.of(), Set.of("rectus-abdominis", "gluteus-maximus"),
                        Set.of("low-back-pain"), "advanced"),
                new CatalogVocabulary.ExerciseTerm("old-bridge", "Old bridge", Set.of(), Set.of("gluteus-maximus"), Set.of(), "beginner", false)),
                List.of(
                        new CatalogVocabulary.Term("gluteus-maximus", "gluteus maximus", Set.of()),
                        new CatalogVocabulary.Term("gluteus-medius", "gluteus medius", Set.of()),
                        new CatalogVocabulary.Term("iliopsoas", "iliopsoas", Set.of("psoas")),
                        new CatalogVocabulary.Term("hip-flexors", "hip flexors", Set.of("hip flexor"))),
                List.of(
                        new CatalogVocabulary.Term("low-back-pain", "low back pain", Set.of("lower back pain", "back pain")),
                        new CatalogVocabulary.Term("anterior-pelvic-tilt", "anterior pelvic tilt", Set.of())));
    }
}

package dev.kinetic.exercise.domain;

import java.util.Arrays;
import java.util.List;

import dev.kinetic.contracts.catalog.CatalogVocabulary;

/** The catalog's controlled vocabularies in their published form: this service owns them, the others read them. */
public final class Vocabularies {

    /** Built once: the vocabularies are the enums of this release. */
    private static final CatalogVocabulary CURRENT = build();

    private Vocabularies() {
    }

    public static CatalogVocabulary current() {
        return CURRENT;
    }

    private static CatalogVocabulary build() {
        List<CatalogVocabulary.Term> muscles = Arrays.stream(Muscle.values())
                .map(m -> new CatalogVocabulary.Term(m.slug(), m.label(), m.groups().stream().map(MuscleGroup::slug).toList()))
                .toList();
        return new CatalogVocabulary(muscles, terms(MuscleGroup.values()), terms(Condition.values()), terms(Equipment.values()),
                terms(Level.values()), terms(MovementPattern.values()));
    }

    private static List<CatalogVocabulary.Term> terms(Vocabulary[] values) {
        return Arrays.stream(values).map(v -> new CatalogVocabulary.Term(v.slug(), v.label(), List.of())).toList();
    }
}

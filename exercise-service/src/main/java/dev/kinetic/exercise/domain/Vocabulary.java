package dev.kinetic.exercise.domain;

import dev.kinetic.contracts.Slugs;

/**
 * A term of one of the catalog's controlled vocabularies: a stable public slug (used in URLs,
 * requests and events) and a label for people.
 */
public interface Vocabulary {

    /** The constant's name in lower case with hyphens: {@code GLUTEUS_MEDIUS} is {@code gluteus-medius}. */
    default String slug() {
        return slugOf((Enum<?>) this);
    }

    String label();

    /** The term of {@code type} with this slug. */
    static <T extends Enum<T> & Vocabulary> java.util.Optional<T> bySlug(Class<T> type, String slug) {
        for (T term : type.getEnumConstants()) {
            if (term.slug().equals(slug)) {
                return java.util.Optional.of(term);
            }
        }
        return java.util.Optional.empty();
    }

    /** The slugs of {@code terms}, sorted: how term sets appear in documents, events and the API. */
    static java.util.List<String> slugs(java.util.Collection<? extends Vocabulary> terms) {
        return terms.stream().map(Vocabulary::slug).sorted().toList();
    }

    /** Lower-case, hyphenated form of an enum constant's name. */
    static String slugOf(Enum<?> constant) {
        return Slugs.of(constant);
    }
}

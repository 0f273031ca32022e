package dev.kinetic.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.catalog.CatalogVocabulary;
import dev.kinetic.plan.domain.Conditions;
import dev.kinetic.plan.domain.Goal;
import dev.kinetic.plan.domain.Slot;

/**
 * Every term plan generation names itself is one the catalog defines (its published vocabularies, as
 * in the snapshot fixture, which the suite's agreement test ties to exercise-service's own terms).
 */
class CatalogTermsTest {

    private static CatalogVocabulary vocabulary() throws Exception {
        try (InputStream in = CatalogTermsTest.class.getResourceAsStream("/catalog-snapshot.json")) {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.treeToValue(mapper.readTree(in).get("vocabulary"), CatalogVocabulary.class);
        }
    }

    @Test
    void theConditionsPatternsAndMusclesOfPlanGenerationAreTheCatalogs() throws Exception {
        CatalogVocabulary vocabulary = vocabulary();
        Set<String> conditions = new HashSet<>(Conditions.BACK);
        conditions.addAll(Conditions.EXTRA_SLOTS.keySet());
        assertThat(CatalogVocabulary.slugs(vocabulary.conditions())).containsAll(conditions);

        Set<String> patterns = new HashSet<>();
        for (Goal goal : Goal.values()) {
            patterns.addAll(goal.patterns());
        }
        Set<String> muscles = new HashSet<>();
        for (var slots : Conditions.EXTRA_SLOTS.values()) {
            for (Slot slot : slots) {
                patterns.add(slot.pattern());
                muscles.addAll(slot.muscles());
            }
        }
        assertThat(CatalogVocabulary.slugs(vocabulary.patterns())).containsAll(patterns);
        assertThat(CatalogVocabulary.slugs(vocabulary.muscles())).containsAll(muscles);
    }
}

package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CatalogReferencesTest {

    private static CatalogVocabulary.ExerciseTerm term(String slug, String name, boolean active) {
        return new CatalogVocabulary.ExerciseTerm(slug, name, Set.of(), Set.of("gluteus-maximus"), Set.of(), "beginner", active);
    }

    private final Article article = new Article(UUID.randomUUID(), "a", "en", "A", null,
            List.of(new Section("Routine", List.of(
                    new Block.ExerciseReference("glute-bridge", "Glute bridge", new Dosage(3, 10, 12, null)),
                    new Block.ExerciseReference("old-move", "Old move", null)))),
            Set.of(), Set.of(), Set.of("glute-bridge", "old-move", "gone-move"), "ed", null, null, ArticleStatus.PUBLISHED,
            null, null, 3, List.of());

    @Test
    void renamedExercisesShowTheirCurrentNameAndRetiredOrUnknownOnesAreFindings() {
        Article current = CatalogReferences.current(article, Map.of(
                "glute-bridge", term("glute-bridge", "Floor glute bridge", true),
                "old-move", term("old-move", "Old move", false)));

        assertThat(current.sections().get(0).blocks()).containsExactly(
                new Block.ExerciseReference("glute-bridge", "Floor glute bridge", new Dosage(3, 10, 12, null)),
                new Block.ExerciseReference("old-move", "Old move", null));
        assertThat(current.findings()).extracting(IngestionReport.Finding::id)
                .containsExactly("broken-reference:old-move", "broken-reference:gone-move");
        assertThat(current.version()).isEqualTo(article.version());
    }

    @Test
    void aHealthyArticleIsUnchanged() {
        Article healthy = new Article(article.id(), "a", "en", "A", null, List.of(), Set.of(), Set.of(), Set.of("glute-bridge"),
                "ed", null, null, ArticleStatus.PUBLISHED, null, null, 3, List.of());
        assertThat(CatalogReferences.current(healthy, Map.of("glute-bridge", term("glute-bridge", "Glute bridge", true))))
                .isEqualTo(healthy);
    }
}

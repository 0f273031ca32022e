package dev.kinetic.content.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kinetic.content.domain.IngestionReport.Finding;

/**
 * Keeps an article's exercise references true to the catalog as it is now: a renamed exercise
 * shows its current name, and a retired or unknown one becomes a {@code broken-reference} finding.
 */
public final class CatalogReferences {

    public static final String BROKEN_REFERENCE = "broken-reference";

    private CatalogReferences() {
    }

    public static Article current(Article article, Map<String, CatalogVocabulary.ExerciseTerm> catalog) {
        Set<String> broken = new LinkedHashSet<>();
        List<Section> sections = new ArrayList<>();
        for (Section section : article.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                if (block instanceof Block.ExerciseReference ref) {
                    CatalogVocabulary.ExerciseTerm term = catalog.get(ref.exerciseSlug());
                    if (term == null || !term.active()) {
                        broken.add(ref.exerciseSlug());
                        blocks.add(ref);
                    } else {
                        blocks.add(new Block.ExerciseReference(ref.exerciseSlug(), term.name(), ref.dosage(), ref.body()));
                    }
                } else {
                    blocks.add(block);
                }
            }
            sections.add(new Section(section.heading(), blocks));
        }
        for (String slug : article.exerciseTags()) {
            CatalogVocabulary.ExerciseTerm term = catalog.get(slug);
            if (term == null || !term.active()) {
                broken.add(slug);
            }
        }
        List<Finding> findings = new ArrayList<>(article.findings());
        for (String slug : broken) {
            findings.add(new Finding(BROKEN_REFERENCE + ":" + slug, BROKEN_REFERENCE,
                    "The article refers to '" + slug + "', which the catalog no longer offers", null, List.of()));
        }
        return new Article(article.id(), article.slug(), article.locale(), article.title(), article.summary(), sections,
                article.muscleTags(), article.conditionTags(), article.exerciseTags(), article.author(),
                article.medicalReviewer(), article.reviewedOn(), article.status(), article.publishAt(),
                article.publishedAt(), article.version(), findings);
    }
}

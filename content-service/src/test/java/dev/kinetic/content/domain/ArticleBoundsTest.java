package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What ingestion makes is held to the bounds an editor's request is held to. */
class ArticleBoundsTest {

    private static Article article(String title, List<Section> sections) {
        return new Article(UUID.randomUUID(), "bounded", "en", title, null, sections, Set.of(), Set.of(), Set.of(), "editor", null,
                null, ArticleStatus.DRAFT, null, null, 1, List.of());
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(text, List.of());
    }

    @Test
    void anArticleWithinTheBoundsPasses() {
        ArticleBounds.check(article("Glutes and backs",
                List.of(new Section("Intro", Collections.nCopies(ArticleLimits.BLOCKS, paragraph("Short."))))));
    }

    @Test
    void thePartOverItsBoundIsNamed() {
        assertThatThrownBy(() -> ArticleBounds.check(article("Long", List.of(new Section(null,
                Collections.nCopies(ArticleLimits.BLOCKS + 1, paragraph("Short."))))))).isInstanceOf(ArticleTooLargeException.class)
                .hasMessageContaining("section 1 has " + (ArticleLimits.BLOCKS + 1) + " blocks");
        assertThatThrownBy(() -> ArticleBounds.check(article("Long", List.of(new Section(null,
                List.of(paragraph("x".repeat(ArticleLimits.TEXT + 1)))))))).hasMessageContaining("a paragraph of section 1");
        assertThatThrownBy(() -> ArticleBounds.check(article("t".repeat(ArticleLimits.TITLE + 1), List.of())))
                .hasMessageContaining("the title");
        Block list = new Block.BulletList(Collections.nCopies(ArticleLimits.ITEMS + 1, new Block.Paragraph("item", List.of())), false);
        assertThatThrownBy(() -> ArticleBounds.check(article("Lists", List.of(new Section("Moves", List.of(list))))))
                .hasMessageContaining("a list of section 1");
    }

    @Test
    void ingestedTextOverTheBoundsIsRefusedNotCutOff() {
        String text = "A title for a huge article\n\n" + "Paragraph line.\n\n".repeat(ArticleLimits.BLOCKS + 50);
        Ingestion ingestion = new ArticleIngestor().ingest(PlainTextReader.read(text), "en", new CatalogVocabulary(List.of(), List.of(), List.of()));
        Article draft = Article.fromIngestion(UUID.randomUUID(), "huge", ingestion, "editor");
        assertThat(draft.sections().stream().mapToInt(s -> s.blocks().size()).sum()).isGreaterThan(ArticleLimits.BLOCKS);
        assertThatThrownBy(() -> ArticleBounds.check(draft)).isInstanceOf(ArticleTooLargeException.class);
    }
}

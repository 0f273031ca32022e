package dev.kinetic.content.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.kinetic.content.domain.Article;
import dev.kinetic.content.domain.ArticleStatus;
import dev.kinetic.content.domain.Block;
import dev.kinetic.content.domain.Mention;
import dev.kinetic.platform.json.Json;

/**
 * A stored article document as an earlier release wrote it still reads, and today's documents keep its field
 * names (the listing queries read {@code tags} from the stored document, so a rename there would break them).
 */
class ArticleDocumentCompatibilityTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void anEarlierDocumentReadsWithEveryKindOfBlock() throws IOException {
        Article a = read();

        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.version()).isEqualTo(3);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(a.conditionTags()).containsExactly("low-back-pain");
        Block.Paragraph first = (Block.Paragraph) a.sections().get(0).blocks().get(0);
        assertThat(first.mentions()).extracting(Mention::kind).containsExactly(Mention.Kind.EXERCISE, Mention.Kind.MUSCLE);
        assertThat(first.mentions().get(0).dosage().repsMax()).isEqualTo(12);
        Block.Image image = (Block.Image) a.sections().get(0).blocks().get(1);
        assertThat(image.credit().licence()).isEqualTo("CC-BY-4.0");
        assertThat(a.sections().get(1).blocks()).hasExactlyElementsOfTypes(Block.BulletList.class, Block.ExerciseReference.class,
                Block.Callout.class);
        Block.ExerciseReference reference = (Block.ExerciseReference) a.sections().get(1).blocks().get(1);
        assertThat(reference.dosage().holdSeconds()).isEqualTo(5);
        assertThat(reference.body()).hasSize(1);
        assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.suggestedExercises()).containsExactly("glute-bridge"));
    }

    @Test
    void todaysDocumentHasTheFieldsEarlierReleasesWrote() throws IOException {
        JsonNode written = MAPPER.readTree(Json.write(MAPPER, ArticleDocuments.of(read())));

        assertThat(written).isEqualTo(tree());
    }

    private static Article read() throws IOException {
        return ArticleDocuments.toArticle(MAPPER.treeToValue(tree(), ArticleDocument.class));
    }

    private static JsonNode tree() throws IOException {
        try (InputStream in = ArticleDocumentCompatibilityTest.class.getResourceAsStream("/stored/article-0.3.json")) {
            return MAPPER.readTree(in);
        }
    }
}

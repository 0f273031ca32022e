package dev.kinetic.content.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kinetic.content.domain.ArticleIngestor;
import dev.kinetic.content.domain.Block;
import dev.kinetic.content.domain.CatalogVocabularyFixture;
import dev.kinetic.content.domain.Ingestion;
import dev.kinetic.content.domain.IngestionReport;

/** The team's sample articles ingest cleanly: linked, disclaimed, and with nothing left for an editor to fix. */
class SampleArticlesTest {

    @ParameterizedTest
    @ValueSource(strings = { "weak-glutes-and-lower-back-pain.md", "tight-hip-flexors-and-pelvic-tilt.md",
            "core-stability-without-crunches.md" })
    void sampleIngestsWithoutFindingsAndLinksItsRoutine(String name) throws Exception {
        String markdown;
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Ingestion ingestion = new ArticleIngestor().ingest(RawText.read(markdown, RawText.MARKDOWN), "en",
                CatalogVocabularyFixture.catalog());

        assertThat(ingestion.report().findings()).isEmpty();
        assertThat(ingestion.draft().exerciseTags()).isNotEmpty();
        assertThat(ingestion.draft().sections()).anySatisfy(s -> assertThat(s.blocks())
                .anySatisfy(b -> assertThat(b).isInstanceOf(Block.Callout.class)));
        assertThat(ingestion.report().changes()).extracting(IngestionReport.Change::kind)
                .doesNotContain(IngestionReport.Change.DUPLICATE_REMOVED, IngestionReport.Change.NAVIGATION_REMOVED);
    }
}

package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kinetic.content.application.RawText;

/**
 * Adversarial articles at the endpoint's 2 MiB limit: shapes that make backtracking expressions or
 * pairwise comparisons blow up. Each must finish (the generous bound only catches a runaway; the
 * per-KB cost is measured by the JMH benchmark), or be refused as too large before any linking.
 */
class IngestionCostTest {

    private static final int TWO_MIB = 2 * 1024 * 1024;
    private static final Duration RUNAWAY = Duration.ofSeconds(30);
    private final ArticleIngestor ingestor = new ArticleIngestor();

    private static String repeat(String unit) {
        StringBuilder sb = new StringBuilder(TWO_MIB + unit.length());
        while (sb.length() < TWO_MIB) {
            sb.append(unit);
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one endless sentence | text/plain | Squeeze your glutes and lift your hips then lower over three seconds and hold ",
            "no spaces at all | text/plain | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "numbers and operators | text/plain | 3 x 3 x 3 - 3 to 3 or 3 sets of 3 x ",
            "separators only | text/plain | · » / › > ~ ⋅ ∙ • ",
            "near duplicate paragraphs | text/plain | When the glutes stop pulling their weight the lower back picks up the slack once more and again.\\n\\n",
            "labels without end | text/plain | Glute bridge: Glute bridge: Glute bridge — Glute bridge (Glute bridge ",
            "exercise items | text/plain | Glute bridge: lie down and lift, 3 sets of 12 per side.\\n\\nSide plank, hold 20 seconds.\\n\\n",
            "html list items | text/html | <ul><li><strong>Bird dog:</strong> hold 5 seconds, 8 each side</li></ul><h3>Dead bug</h3><p>3 x 10</p>",
            "deeply nested html | text/html | <div><span><section><b>",
            "unclosed tags | text/html | <p><strong><em>Clams <a href='x'>",
            "table rows | text/html | <tr><td>Goblet squat</td><td>3</td><td>8-10</td></tr>",
            "markdown items | text/markdown | ## 1. Glute Bridge\\n\\n1. Lie down.\\n2. Lift.\\n\\n**Sets:** 3 x 12\\n\\n",
            "markdown emphasis | text/markdown | **_*~~`[<" })
    void finishesOrIsRefusedAsTooLarge(String shape, String mediaType, String unit) {
        String body = repeat(unit.replace("\\n", "\n"));
        assertTimeoutPreemptively(RUNAWAY, () -> {
            try {
                Ingestion in = ingestor.ingest(RawText.read(body, mediaType), "en", ShapesCatalog.catalog());
                assertThat(in.draft().title()).isNotBlank();
            } catch (ArticleTooLargeException refused) {
                assertThat(refused.blocks()).isGreaterThan(SourcePage.MAX_BLOCKS);
            }
        }, shape);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "short lines | text/plain | Share\\n", "many list items | text/html | <li>x</li>" })
    void tooManyBlocksAreRefusedWhileReading(String shape, String mediaType, String unit) {
        String body = repeat(unit.replace("\\n", "\n"));
        assertThatThrownBy(() -> RawText.read(body, mediaType)).isInstanceOf(ArticleTooLargeException.class);
    }
}

package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kinetic.content.application.RawText;
import dev.kinetic.content.domain.IngestionReport.Change;

/**
 * Articles in shapes the team wrote to imitate pages it has not seen: definition lists, a header-less
 * table, French Markdown with front matter, a German leaflet, a forwarded e-mail, a PDF paste with
 * hyphenated line breaks, a Markdown table with bold lead-ins.
 */
class IngestionShapesTest {

    private final ArticleIngestor ingestor = new ArticleIngestor();

    private Ingestion ingest(String file, String mediaType, String locale) {
        try (InputStream in = getClass().getResourceAsStream("/ingest/shapes/" + file)) {
            return ingestor.ingest(RawText.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), mediaType), locale,
                    ShapesCatalog.catalog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block.ExerciseReference> exercises(Ingestion ingestion) {
        List<Block.ExerciseReference> found = new ArrayList<>();
        ingestion.draft().sections().forEach(s -> s.blocks().stream().filter(Block.ExerciseReference.class::isInstance)
                .map(Block.ExerciseReference.class::cast).forEach(found::add));
        return found;
    }

    static String visibleText(Ingestion ingestion) {
        StringBuilder sb = new StringBuilder(ingestion.draft().title()).append('\n');
        ingestion.draft().sections().forEach(s -> sb.append(s.heading()).append('\n').append(s.blocks()).append('\n'));
        return sb.toString();
    }

    static List<Block.Image> images(Ingestion ingestion) {
        List<Block.Image> found = new ArrayList<>();
        ingestion.draft().sections().forEach(s -> s.blocks().stream().filter(Block.Image.class::isInstance)
                .map(Block.Image.class::cast).forEach(found::add));
        return found;
    }

    static boolean hasDisclaimer(Ingestion ingestion, String fragment) {
        return ingestion.draft().sections().stream().flatMap(s -> s.blocks().stream()).anyMatch(b -> b instanceof Block.Callout c
                && c.kind().equals(Block.Callout.MEDICAL_DISCLAIMER) && c.text().contains(fragment));
    }

    @Test
    void definitionListsHeadingsAndAHeaderlessTable() {
        Ingestion in = ingest("hip-clinic-definitions.html", RawText.HTML, "en");
        assertThat(in.draft().title()).isEqualTo("Hip Strength After Forty: Four Moves Worth Keeping");
        assertThat(exercises(in)).extracting(Block.ExerciseReference::exerciseSlug, Block.ExerciseReference::dosage).containsExactly(
                tuple("clamshell", new Dosage(2, 20, 20, null, true, null, null)),
                tuple("glute-bridge", new Dosage(3, 10, 10, 3, null, null, null)),
                tuple("side-plank", new Dosage(3, null, null, 25, true, 45, null)),
                tuple("goblet-squat", new Dosage(3, 8, 12, null)));
        assertThat(visibleText(in)).doesNotContain("cookies", "Words by", "Clinic Blog", "You may also like", "Why Your Knees Click",
                "sports physiotherapist who", "©", "tracker");
        assertThat(images(in)).singleElement().satisfies(i -> {
            assertThat(i.url()).isEqualTo("https://cdn.example.org/hip-band.jpg");
            assertThat(i.credit()).isEqualTo(new Block.Credit("Wren Mallory", "Pexels", "Pexels License"));
        });
        assertThat(hasDisclaimer(in, "speak with your physiotherapist")).isTrue();
        assertThat(in.report().changes()).extracting(Change::kind).contains(ArticleIngestor.OTHER_SENSE);
    }

    @Test
    void frenchMarkdownWithFrontMatter() {
        Ingestion in = ingest("gainage-fr.md", RawText.MARKDOWN, "fr");
        assertThat(in.draft().title()).isEqualTo("Dos douloureux : 4 exercices de gainage pour tenir toute la journée");
        assertThat(exercises(in)).extracting(Block.ExerciseReference::exerciseSlug, Block.ExerciseReference::dosage).containsExactly(
                tuple("glute-bridge", new Dosage(3, 12, 12, null)),
                tuple("bird-dog", new Dosage(2, 8, 8, 5, true, null, null)),
                tuple("side-plank", new Dosage(3, null, null, 20, true, null, null)),
                tuple("dead-bug", new Dosage(3, 10, 10, null)));
        assertThat(visibleText(in)).doesNotContain("author:", "Aller au contenu", "Par Camille", "Partager", "Mentions légales");
        assertThat(images(in)).extracting(Block.Image::credit).containsExactly(new Block.Credit("Léa Martin", "Unsplash", "Unsplash License"));
        assertThat(hasDisclaimer(in, "consultez votre médecin")).isTrue();
        assertThat(in.draft().conditionTags()).contains("low-back-pain");
    }

    @Test
    void germanLeafletWithPageFooters() {
        Ingestion in = ingest("rueckenprogramm-de.txt", RawText.PLAIN, "de");
        assertThat(in.draft().title()).isEqualTo("Rückenschmerzen im Büro: Ein kurzes Programm für zu Hause");
        assertThat(exercises(in)).extracting(Block.ExerciseReference::exerciseSlug, Block.ExerciseReference::dosage).containsExactly(
                tuple("glute-bridge", new Dosage(3, 12, 12, null)),
                tuple("side-plank", new Dosage(2, null, null, 20, true, null, null)),
                tuple("cat-cow", new Dosage(null, 10, 10, null)),
                tuple("calf-raise", new Dosage(2, 15, 15, null)));
        assertThat(visibleText(in)).doesNotContain("Seite 1 von 2", "Startseite", "Von Jonas", "Ähnliche Artikel", "Kommentare",
                "Praxis für Physiotherapie");
        assertThat(hasDisclaimer(in, "sprechen Sie bitte mit Ihrem Arzt")).isTrue();
        assertThat(in.draft().conditionTags()).contains("low-back-pain");
    }

    @Test
    void forwardedEmailWithListItemsThatCarryTheirDosage() {
        Ingestion in = ingest("forwarded-programme.txt", RawText.PLAIN, "en");
        assertThat(in.draft().title()).isEqualTo("Your Knee Programme: Weeks One to Four");
        assertThat(exercises(in)).extracting(Block.ExerciseReference::exerciseSlug, Block.ExerciseReference::name,
                Block.ExerciseReference::dosage).containsExactly(
                        tuple("calf-raise", "Heel raises", new Dosage(3, 15, 15, null)),
                        tuple("split-squat", "Split squat", new Dosage(2, 8, 8, null, true, null, null)),
                        tuple("box-squat", "Box squat", new Dosage(2, 12, 12, null)),
                        tuple("side-lying-hip-abduction", "Side-lying leg raise", new Dosage(2, 10, 10, null, true, null, null)));
        assertThat(visibleText(in)).doesNotContain("Subject:", "From:", "Kind regards", "Unsubscribe", "Priya\n");
        assertThat(hasDisclaimer(in, "get in touch with the clinic or your GP")).isTrue();
    }

    @Test
    void pdfPasteWithHyphenatedLineBreaksAndRunningFooters() {
        Ingestion in = ingest("leaflet-pdf.txt", RawText.PLAIN, "en");
        assertThat(in.draft().title()).isEqualTo("Exercises After a Back Strain");
        assertThat(visibleText(in)).contains("improvement within two weeks", "tightening your stomach muscles")
                .doesNotContain("Page 2 of 3", "Leaflet PT-114", "COASTAL COMMUNITY");
        assertThat(exercises(in)).extracting(Block.ExerciseReference::exerciseSlug, Block.ExerciseReference::dosage).containsExactly(
                tuple("supine-pelvic-tilt", new Dosage(null, 10, 10, 5)),
                tuple("bird-dog", new Dosage(null, 8, 8, 5, true, null, null)),
                tuple("cat-cow", new Dosage(null, 10, 10, null)));
        assertThat(hasDisclaimer(in, "nearest emergency department")).isTrue();
    }

    @Test
    void markdownTableAndBoldLeadIns() {
        Ingestion in = ingest("glute-week-md-table.md", RawText.MARKDOWN, "en");
        assertThat(in.draft().title()).isEqualTo("Three Glute Sessions for a Busy Week");
        assertThat(exercises(in)).extracting(Block.ExerciseReference::exerciseSlug, Block.ExerciseReference::dosage).containsExactly(
                tuple("banded-glute-bridge", new Dosage(3, 15, 15, null, null, 45, null)),
                tuple("fire-hydrant", new Dosage(2, 12, 12, null, true, 30, null)),
                tuple("banded-lateral-walk", new Dosage(2, 10, 10, null, true, 30, null)),
                tuple("single-leg-glute-bridge", new Dosage(3, 8, 8, null, true, null, null)),
                tuple("hip-thrust", new Dosage(4, 10, 10, 2, null, null, null)),
                tuple("clamshell", new Dosage(2, 20, 20, null, true, null, null)));
        assertThat(visibleText(in)).doesNotContain("By Theo", "Related articles", "Hotel Rooms", "newsletter", "Home ›");
        assertThat(in.report().changes()).extracting(Change::kind).contains(ArticleIngestor.ADVISED_AGAINST);
        assertThat(hasDisclaimer(in, "does not replace advice from your doctor")).isTrue();
    }
}

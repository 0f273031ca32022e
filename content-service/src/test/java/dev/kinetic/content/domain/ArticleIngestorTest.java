package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kinetic.content.domain.IngestionReport.Change;
import dev.kinetic.content.domain.IngestionReport.Finding;

class ArticleIngestorTest {

    private final ArticleIngestor ingestor = new ArticleIngestor();
    private Ingestion result;

    @BeforeEach
    void ingestTheSeedLikeFixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/ingest/weak-hips-blog-post.txt")) {
            result = ingestor.ingest(new String(in.readAllBytes(), StandardCharsets.UTF_8), "en",
                    CatalogVocabularyFixture.catalog());
        }
    }

    private List<String> changes(String kind) {
        return result.report().changes().stream().filter(c -> c.kind().equals(kind)).map(Change::original).toList();
    }

    @Test
    void titleAndHeadingsAreRecognised() {
        assertThat(result.draft().title()).isEqualTo("Are Lazy Glutes Behind Your Aching Lower Back?");
        assertThat(result.draft().sections()).extracting(Section::heading)
                .containsExactly(null, "Tight Hips and a Tilted Pelvis", "What Helps", "Our Favourite Glute Workouts");
    }

    @Test
    void theRepeatedIntroductionIsRemovedOnceEvenWithDifferentPunctuation() {
        assertThat(changes(Change.DUPLICATE_REMOVED)).singleElement()
                .satisfies(original -> assertThat(original).startsWith("When the gluteus maximus").endsWith("lower back pain!"));
        assertThat(changes("empty-section-removed")).containsExactly("Why Weak Glutes Load the Spine");
        long introCopies = result.draft().sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Paragraph p && p.text().startsWith("When the gluteus maximus")).count();
        assertThat(introCopies).isEqualTo(1);
    }

    @Test
    void aParagraphThatNearlyRepeatsAnEarlierOneGoesAndOneThatSharesOnlyPartOfItStays() {
        String first = "Bridges teach the glutes to extend the hip while the lower back stays quiet, which is the whole point of "
                + "starting with them before loaded hinges or heavy squats.";
        String nearly = "Bridges teach the glutes to extend the hip while the lower back stays quiet, which is the whole point of "
                + "starting with them before loaded hinges or deep squats.";
        String partly = "Bridges teach the glutes to extend the hip while the lower back stays quiet; after four weeks, add a "
                + "band above the knees and pause for two seconds at the top of each rep.";
        Ingestion ingestion = ingestor.ingest("Start With Bridges\n\n" + first + "\n\n" + nearly + "\n\n" + partly + "\n", "en",
                CatalogVocabularyFixture.catalog());

        assertThat(ingestion.report().changes()).filteredOn(c -> c.kind().equals(Change.DUPLICATE_REMOVED))
                .singleElement().satisfies(c -> {
                    assertThat(c.original()).isEqualTo(nearly);
                    assertThat(c.reason()).isEqualTo("nearly repeats an earlier paragraph");
                });
        String kept = ingestion.draft().sections().toString();
        assertThat(kept).contains("heavy squats").contains("band above the knees").doesNotContain("deep squats");
    }

    @Test
    void pageFurnitureInAnyLanguageIsRemoved() {
        assertThat(changes(Change.ADVERTISEMENT_REMOVED)).containsExactly("Advertisement");
        assertThat(changes(Change.NAVIGATION_REMOVED)).containsExactly("أحدث أقدم", "Share this");
        String everything = result.draft().sections().toString();
        assertThat(everything).doesNotContain("Advertisement").doesNotContain("أحدث").doesNotContain("Share this");
    }

    @Test
    void imageCreditBecomesMetadata() {
        Block.Image image = result.draft().sections().get(0).blocks().stream()
                .filter(Block.Image.class::isInstance).map(Block.Image.class::cast).findFirst().orElseThrow();
        assertThat(image.credit()).isEqualTo(new Block.Credit("Dana Brooks", "Pixabay", "Pixabay Content License"));
    }

    @Test
    void disclaimerIsKeptAsACallout() {
        assertThat(result.draft().sections().get(2).blocks()).anySatisfy(b -> assertThat(b)
                .isInstanceOfSatisfying(Block.Callout.class, c -> {
                    assertThat(c.kind()).isEqualTo(Block.Callout.MEDICAL_DISCLAIMER);
                    assertThat(c.text()).contains("qualified healthcare professional");
                }));
        assertThat(result.report().findings()).extracting(Finding::kind).doesNotContain(Finding.MISSING_DISCLAIMER);
    }

    @Test
    void exercisesMusclesAndConditionsAreLinkedWithPluralsAndAliases() {
        assertThat(result.draft().exerciseTags())
                .containsExactlyInAnyOrder("glute-bridge", "clamshell", "forearm-plank", "bodyweight-squat", "reverse-lunge");
        assertThat(result.draft().muscleTags())
                .containsExactlyInAnyOrder("gluteus-maximus", "gluteus-medius", "hip-flexors", "iliopsoas");
        assertThat(result.draft().conditionTags()).containsExactlyInAnyOrder("low-back-pain", "anterior-pelvic-tilt");
    }

    @Test
    void dosagePhrasesAttachToTheExerciseTheyDescribe() {
        Block.Paragraph helps = (Block.Paragraph) result.draft().sections().get(2).blocks().get(0);
        assertThat(helps.mentions()).filteredOn(m -> m.slug().equals("glute-bridge") && m.dosage() != null)
                .singleElement().satisfies(m -> assertThat(m.dosage()).isEqualTo(new Dosage(3, 10, 12, null)));
        assertThat(helps.mentions()).filteredOn(m -> m.slug().equals("forearm-plank"))
                .singleElement().satisfies(m -> assertThat(m.dosage()).isEqualTo(new Dosage(null, null, null, 20)));
        assertThat(helps.mentions()).filteredOn(m -> m.slug().equals("clamshell"))
                .singleElement().satisfies(m -> assertThat(m.dosage()).isNull());
        Mention bridge = helps.mentions().get(0);
        assertThat(helps.text().substring(bridge.start(), bridge.end())).isEqualTo("glute bridges");
    }

    @Test
    void theEmptyWorkoutsSectionIsAFindingWithSafeSuggestions() {
        assertThat(result.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.EMPTY_LIST_SECTION);
            assertThat(f.sectionIndex()).isEqualTo(3);
            assertThat(f.suggestedExercises())
                    .startsWith("bodyweight-squat", "clamshell", "glute-bridge")
                    .contains("reverse-lunge", "forearm-plank")
                    .doesNotContain("stability-ball-rollout", "old-bridge")
                    .hasSizeLessThanOrEqualTo(6);
        });
    }

    @Test
    void anArticleAboutAConditionWithoutADisclaimerGetsAFinding() {
        Ingestion plain = ingestor.ingest("Back Pain and Bridges\n\nBridges can ease low back pain for many people.", "en",
                CatalogVocabularyFixture.catalog());
        assertThat(plain.report().findings()).extracting(Finding::kind).containsExactly(Finding.MISSING_DISCLAIMER);
    }

    @Test
    void aListOfExercisesBecomesExerciseReferencesWithDosage() {
        Ingestion listed = ingestor.ingest("""
                Five Moves for Stronger Hips

                Try these three times a week.
                - Glute bridge: 3 x 12
                - Side plank, hold for 30 seconds
                - Clams, 2 sets of 15 reps
                """, "en", CatalogVocabularyFixture.catalog());
        List<Block> blocks = listed.draft().sections().get(0).blocks();
        assertThat(blocks).filteredOn(Block.ExerciseReference.class::isInstance).map(b -> (Block.ExerciseReference) b)
                .extracting(Block.ExerciseReference::exerciseSlug, Block.ExerciseReference::name, Block.ExerciseReference::dosage)
                .containsExactly(
                        tuple("glute-bridge", "Glute bridge", new Dosage(3, 12, 12, null)),
                        tuple("side-plank", "Side plank", new Dosage(null, null, null, 30)),
                        tuple("clamshell", "Clams", new Dosage(2, 15, 15, null)));
        assertThat(listed.report().findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "three sets of 10-12 reps|3|10|12|",
            "2 sets of 15 repetitions|2|15|15|",
            "3 x 8-10|3|8|10|",
            "hold for 30 seconds||||30",
            "do 2 sets, holding it for 45 secs each|2|||45" })
    void dosagePhrases(String phrase, Integer sets, Integer min, Integer max, Integer hold) {
        assertThat(DosageParser.parse(phrase)).contains(new Dosage(sets, min, max, hold));
    }
}

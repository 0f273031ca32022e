package dev.kinetic.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kinetic.content.domain.IngestionReport.Finding;

/** What a mention links to: the article's language, other senses, advice against, competing claims. */
class LinkingTest {

    private final ArticleIngestor ingestor = new ArticleIngestor();

    private static List<String> exerciseMentions(Ingestion in) {
        List<String> slugs = new ArrayList<>();
        in.draft().sections().forEach(s -> s.blocks().forEach(b -> {
            if (b instanceof Block.Paragraph p) {
                p.mentions().stream().filter(m -> m.kind() == Mention.Kind.EXERCISE).forEach(m -> slugs.add(m.slug()));
            }
        }));
        return slugs;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "These moves bridge the gap between rehab and the gym.",
            "Don't lunge for the heaviest dumbbell on the rack.",
            "You will not need a squat rack for any of this.",
            "Your pelvis is not a plank of wood.",
            "Hinge forward from the hips and keep your back long." })
    void otherSensesOfAnExercisesWordsAreNotMentions(String sentence) {
        Ingestion in = ingestor.ingest("A Title\n\n" + sentence, "en", ShapesCatalog.catalog());
        assertThat(exerciseMentions(in)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Avoid sit-ups while your back is sore.",
            "Skip sit-ups and toe touches for now.",
            "Do not do sit-ups in the first weeks.",
            "Leave out sit-ups until the pain settles." })
    void adviceAgainstAnExerciseIsNotARecommendation(String sentence) {
        Ingestion in = ingestor.ingest("A Title\n\n" + sentence, "en", ShapesCatalog.catalog());
        assertThat(exerciseMentions(in)).as(sentence).doesNotContain("sit-up");
        assertThat(in.draft().exerciseTags()).doesNotContain("sit-up");
        assertThat(in.report().changes()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(ArticleIngestor.ADVISED_AGAINST));
    }

    @Test
    void itemsUnderAHeadingThatSaysWhatToAvoidAreNotExerciseBlocks() {
        Ingestion in = ingestor.ingest("""
                Core Work for a Sore Back

                What to avoid for now
                - Sit-ups: they load the spine in flexion
                - Hip bridge, if it pinches
                """, "en", ShapesCatalog.catalog());
        assertThat(IngestionShapesTest.exercises(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "es | Haz el puente de glúteos tres veces por semana. | glute-bridge",
            "es | La plancha lateral protege la espalda. | side-plank",
            "fr | Le pont fessier réveille les hanches. | glute-bridge",
            "de | Das Beckenheben kräftigt das Gesäß. | glute-bridge",
            "en | Glute bridges and bridging both help. | glute-bridge" })
    void linksInTheArticlesLanguageWithItsStemming(String locale, String sentence, String slug) {
        Ingestion in = ingestor.ingest("Titel\n\n" + sentence, locale, ShapesCatalog.catalog());
        assertThat(exerciseMentions(in)).as(sentence).contains(slug);
    }

    @Test
    void aCuratedExerciseWinsANameItSharesWithAnImportedOne() {
        List<CatalogVocabulary.ExerciseTerm> terms = new ArrayList<>(ShapesCatalog.catalog().exercises());
        terms.add(new CatalogVocabulary.ExerciseTerm("imported-plank", "Plank", Set.of(), Set.of("rectus-abdominis"), Set.of(),
                "beginner", true, Map.of(), false));
        Ingestion in = ingestor.ingest("Title\n\nHold a plank for 20 seconds.", "en", Phrasebook.vocabulary(terms));
        assertThat(exerciseMentions(in)).containsExactly("forearm-plank");
    }

    @Test
    void twoEqualClaimsOnANameAreAFindingNotAGuess() {
        List<CatalogVocabulary.ExerciseTerm> terms = new ArrayList<>(ShapesCatalog.catalog().exercises());
        terms.add(new CatalogVocabulary.ExerciseTerm("wall-sit", "Wall sit", Set.of("wall squat"), Set.of("quadriceps"), Set.of(),
                "beginner", true, Map.of(), true));
        terms.add(new CatalogVocabulary.ExerciseTerm("wall-squat", "Wall squat hold", Set.of("wall squat"), Set.of("quadriceps"),
                Set.of(), "beginner", true, Map.of(), true));
        Ingestion in = ingestor.ingest("Title\n\nFinish with a wall squat for 30 seconds.", "en", Phrasebook.vocabulary(terms));
        assertThat(exerciseMentions(in)).isEmpty();
        assertThat(in.report().findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(ArticleIngestor.AMBIGUOUS_EXERCISE);
            assertThat(f.suggestedExercises()).containsExactlyInAnyOrder("wall-sit", "wall-squat");
        });
        assertThat(in.report().findings()).extracting(Finding::kind).doesNotContain(Finding.EMPTY_LIST_SECTION);
    }

    @Test
    void aSectionFullOfExerciseItemsIsNotAnEmptyListSection() {
        Ingestion in = ingestor.ingest("""
                Hips That Hold Up

                The best exercises
                Clamshell: 2 sets of 15 per side.
                Side plank: hold 20 seconds each side.

                More exercises to come
                We will add these next month.
                """, "en", ShapesCatalog.catalog());
        assertThat(in.report().findings()).filteredOn(f -> f.kind().equals(Finding.EMPTY_LIST_SECTION))
                .extracting(Finding::message).singleElement().asString().contains("More exercises to come");
    }
}

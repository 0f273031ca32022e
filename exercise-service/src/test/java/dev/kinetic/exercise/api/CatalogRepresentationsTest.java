package dev.kinetic.exercise.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.exercise.domain.CatalogSnapshot;
import dev.kinetic.exercise.domain.Condition;
import dev.kinetic.exercise.domain.Contraindication;
import dev.kinetic.exercise.domain.Dosage;
import dev.kinetic.exercise.domain.Equipment;
import dev.kinetic.exercise.domain.Exercise;
import dev.kinetic.exercise.domain.ExerciseQuery;
import dev.kinetic.exercise.domain.ExerciseSort;
import dev.kinetic.exercise.domain.ExerciseStatus;
import dev.kinetic.exercise.domain.Laterality;
import dev.kinetic.exercise.domain.Level;
import dev.kinetic.exercise.domain.Mechanic;
import dev.kinetic.exercise.domain.MovementPattern;
import dev.kinetic.exercise.domain.Muscle;
import dev.kinetic.exercise.domain.Position;
import dev.kinetic.exercise.domain.Severity;
import dev.kinetic.exercise.domain.SpinalLoad;

/** Pages are assembled from cached byte fragments; what they assemble must be what the documented shapes serialise to. */
class CatalogRepresentationsTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final CatalogRepresentations representations = new CatalogRepresentations(mapper);

    private static Exercise exercise(String slug, String name, List<Contraindication> contraindications, int version) {
        return new Exercise(slug, name, List.of(), Map.of(), "Hüften heben — «lentement».", List.of("Press through the heels."),
                List.of(), List.of(), Set.of(Muscle.GLUTEUS_MAXIMUS), Set.of(), Set.of(Equipment.BODYWEIGHT),
                MovementPattern.HIP_EXTENSION, Level.BEGINNER, Mechanic.COMPOUND, Laterality.BILATERAL, Position.SUPINE,
                SpinalLoad.LOW, Dosage.reps(2, 8, 12), contraindications, null, null, List.of(), ExerciseStatus.ACTIVE,
                version, null, null, null);
    }

    private static final Exercise BRIDGE = exercise("glute-bridge", "Puente de glúteos", List.of(), 1);
    private static final Exercise MARCH = exercise("bridge-march", "Bridge march 🏋", List.of(
            new Contraindication(Condition.LOW_BACK_PAIN, Severity.CAUTION, "keep the pelvis level — «no twist»")), 1);

    private static ExerciseQuery safeForLowBack(int page, int size) {
        return new ExerciseQuery(Set.of(), null, null, null, null, Condition.LOW_BACK_PAIN, false, ExerciseSort.NAME, false, page, size);
    }

    private JsonNode read(byte[] json) throws Exception {
        return mapper.readTree(new String(json, StandardCharsets.UTF_8));
    }

    /** What Jackson writes for a documented shape, read back as the assembled JSON is (so numbers compare alike). */
    private JsonNode documented(Object shape) throws Exception {
        return read(mapper.writeValueAsBytes(shape));
    }

    @Test
    void anAssembledPageIsTheDocumentedPageAsJacksonWritesIt() throws Exception {
        CatalogSnapshot catalog = new CatalogSnapshot(3, List.of(BRIDGE, MARCH));
        var page = catalog.query(safeForLowBack(0, 20));
        assertThat(page.items()).hasSize(2).anySatisfy(match -> assertThat(match.caution()).isPresent());

        List<ExerciseListItem> items = page.items().stream().map(match -> new ExerciseListItem(ExerciseMapper.toView(match.exercise()),
                match.caution().map(c -> new ContraindicationDto(c.condition().slug(), c.severity().slug(), c.reason())).orElse(null)))
                .toList();
        JsonNode documented = documented(new ExercisePage(items, page.page(), page.size(), page.total()));

        assertThat(read(representations.page(catalog, page))).isEqualTo(documented);
    }

    @Test
    void anEmptyPageIsStillAPage() throws Exception {
        CatalogSnapshot catalog = new CatalogSnapshot(3, List.of(BRIDGE));
        var page = catalog.query(safeForLowBack(5, 20));
        assertThat(read(representations.page(catalog, page)))
                .isEqualTo(documented(new ExercisePage(List.of(), 5, 20, 1)));
    }

    @Test
    void anExerciseIsItsViewInUtf8AndANewRevisionIsSerialisedAfresh() throws Exception {
        CatalogSnapshot first = new CatalogSnapshot(3, List.of(BRIDGE, MARCH));
        byte[] json = representations.exercise(first, BRIDGE);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("Puente de glúteos").contains("Hüften heben — «lentement».");
        assertThat(read(json)).isEqualTo(documented(ExerciseMapper.toView(BRIDGE)));
        assertThat(representations.exercise(first, BRIDGE)).as("held once per revision").isSameAs(json);

        Exercise renamed = exercise("glute-bridge", "Glute bridge", List.of(), 2);
        CatalogSnapshot second = new CatalogSnapshot(4, List.of(renamed, MARCH));
        assertThat(read(representations.exercise(second, renamed)).get("name").asText()).isEqualTo("Glute bridge");
    }

    @Test
    void anAssembledSearchAnswerIsWhatJacksonWritesForTheDocumentedShape() throws Exception {
        CatalogSnapshot catalog = new CatalogSnapshot(3, List.of(BRIDGE, MARCH, exercise("bridge", "Bridge \"classic\" \\ floor", List.of(), 1)));
        for (String query : List.of("bridge", " Puente \"de\" glúteos \\ 🏋 ", "bridge\u0001march", "zzzz")) {
            var found = catalog.search(query.trim(), 10);
            List<SearchResult.Hit> hits = found.stream()
                    .map(f -> new SearchResult.Hit(ExerciseMapper.toView(f.exercise()), SearchResult.Hit.rounded(f.score()))).toList();
            String expected = new String(mapper.writeValueAsBytes(new SearchResult(query, hits)), StandardCharsets.UTF_8);
            assertThat(new String(representations.search(catalog, query, found), StandardCharsets.UTF_8)).as(query).isEqualTo(expected);
            assertThat(hits.isEmpty()).as(query).isEqualTo(query.equals("zzzz"));
        }
    }
}

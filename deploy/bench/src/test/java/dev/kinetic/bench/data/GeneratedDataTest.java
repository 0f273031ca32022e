package dev.kinetic.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class GeneratedDataTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void catalogRecordsAreDistinctFreeExerciseDbRecords() throws Exception {
        JsonNode records = json.readTree(GeneratedCatalog.freeExerciseDbRecords(951));
        assertThat(records).hasSize(951);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).hasSize(951);
        assertThat(records.get(0).path("instructions")).isNotEmpty();
        assertThat(json.readTree(GeneratedCatalog.probeExercise("p", "s")).path("slug").asText()).isEqualTo("p");
    }

    @Test
    void articlesHaveDistinctTitlesAndARoutineOfCatalogExercises() {
        List<String> names = List.of("Glute bridge", "Dead bug", "Bird dog");
        Set<String> titles = new HashSet<>();
        for (int n = 0; n < GeneratedArticles.distinctTitles(); n++) {
            String article = GeneratedArticles.markdown(n, names);
            titles.add(article.lines().findFirst().orElseThrow());
            assertThat(article).contains("## The routine").contains("- Glute bridge: ").contains("medical advice");
        }
        assertThat(titles).hasSize(GeneratedArticles.distinctTitles()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(GeneratedArticles.markdown(7, names)).isEqualTo(GeneratedArticles.markdown(7, names));
    }
}

package dev.kinetic.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchQueriesTest {

    private static final int RUN = 300_000;

    @Test
    void aThousandDistinctPopularQueries() {
        assertThat(SearchQueries.popular()).hasSize(SearchQueries.POPULAR).doesNotHaveDuplicates()
                .allSatisfy(q -> assertThat(q).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Test
    void aThirdOfARunIsPhrasesNeverAskedBeforeAndNeverPopular() {
        Set<String> popular = new HashSet<>(SearchQueries.popular());
        Set<String> unseen = new HashSet<>();
        int unseenCount = 0;
        for (long n = 0; n < RUN; n++) {
            String q = SearchQueries.at(n);
            if (!popular.contains(q)) {
                unseenCount++;
                assertThat(unseen.add(q)).as("asked twice: %s", q).isTrue();
            }
        }
        assertThat(unseenCount).isEqualTo(RUN / SearchQueries.UNSEEN_EVERY);
    }

    @Test
    void popularQueriesFollowZipfFrequencies() {
        Map<String, Integer> counts = new HashMap<>();
        int popularAsked = 0;
        for (long n = 0; n < RUN; n++) {
            String q = SearchQueries.at(n);
            if (counts.containsKey(q) || SearchQueries.popular().contains(q)) {
                counts.merge(q, 1, Integer::sum);
                popularAsked++;
            }
        }
        double harmonic = 0;
        for (int rank = 1; rank <= SearchQueries.POPULAR; rank++) {
            harmonic += 1.0 / rank;
        }
        double first = counts.get(SearchQueries.popular().get(0)) / (double) popularAsked;
        double tenth = counts.get(SearchQueries.popular().get(9)) / (double) popularAsked;
        assertThat(first).isCloseTo(1 / harmonic, org.assertj.core.data.Offset.offset(0.01));
        assertThat(tenth).isCloseTo(1 / (10 * harmonic), org.assertj.core.data.Offset.offset(0.005));
        assertThat(counts.size()).as("the long tail is asked too").isGreaterThan(900);
    }

    @Test
    void thePositionDecidesTheQuery() {
        assertThat(SearchQueries.at(12_345)).isEqualTo(SearchQueries.at(12_345));
    }
}

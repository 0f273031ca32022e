package dev.kinetic.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class CatalogIndexTest {

    private static CatalogExercise bridge(String name, boolean active) {
        return new CatalogExercise("glute-bridge", name, "hip-extension", Level.BEGINNER, Set.of("bodyweight"),
                Set.of("gluteus-maximus"), Map.of(), false, null, null, null, active);
    }

    @Test
    void onlyANewerVersionReplacesWhatIsHeld() {
        CatalogIndex index = new CatalogIndex();
        assertThat(index.apply(bridge("Glute bridge", true), 2)).isTrue();
        assertThat(index.apply(bridge("Stale name", true), 1)).as("older").isFalse();
        assertThat(index.apply(bridge("Duplicate", true), 2)).as("same version again").isFalse();
        assertThat(index.snapshot().exercises()).extracting(CatalogExercise::name).containsExactly("Glute bridge");
        assertThat(index.apply(bridge("Glute bridge", false), 3)).as("retired").isTrue();
        assertThat(index.snapshot().exercises()).singleElement().satisfies(e -> assertThat(e.active()).isFalse());
        assertThat(index.versionOf("glute-bridge")).isEqualTo(3);
        assertThat(index.versionOf("unknown")).isZero();
    }

    @Test
    void theCatalogVersionRisesWithEveryAppliedChangeAndTheSnapshotFollowsIt() {
        CatalogIndex index = new CatalogIndex();
        index.apply(bridge("Glute bridge", true), 2);
        CatalogIndex.Snapshot first = index.snapshot();
        assertThat(first.version()).isEqualTo(2);
        assertThat(index.snapshot()).as("unchanged catalog, same snapshot").isSameAs(first);
        index.apply(bridge("Ignored", true), 1);
        assertThat(index.version()).as("an older version changes nothing").isEqualTo(2);
        index.apply(bridge("Glute bridge", false), 5);
        assertThat(index.snapshot().version()).isEqualTo(5);
        assertThat(index.snapshot().exercises()).singleElement().satisfies(e -> assertThat(e.active()).isFalse());
    }

    @Test
    void aSnapshotOffersPlansOnlyWhileAnExerciseIsActive() {
        CatalogIndex index = new CatalogIndex();
        assertThat(index.snapshot().arranged().hasActive()).as("nothing received yet").isFalse();
        index.apply(bridge("Glute bridge", true), 1);
        assertThat(index.snapshot().arranged().hasActive()).isTrue();
        index.apply(bridge("Glute bridge", false), 2);
        assertThat(index.snapshot().arranged().hasActive()).as("every exercise retired").isFalse();
    }

    @Test
    void anExerciseIsOfferedWhileItsNewestVersionHeldIsPlannable() {
        CatalogIndex index = new CatalogIndex();
        assertThat(index.offers("glute-bridge")).as("not received").isFalse();
        index.apply(bridge("Glute bridge", false), 1);
        assertThat(index.offers("glute-bridge")).as("unreviewed or retired").isFalse();
        index.apply(bridge("Glute bridge", true), 2);
        assertThat(index.offers("glute-bridge")).as("approved since").isTrue();
        index.apply(bridge("Glute bridge", false), 1);
        assertThat(index.offers("glute-bridge")).as("an older version read again").isTrue();
        index.apply(bridge("Glute bridge", false), 3);
        assertThat(index.offers("glute-bridge")).as("retired").isFalse();
    }

    @Test
    void concurrentRedeliveriesConvergeOnTheHighestVersion() throws Exception {
        CatalogIndex index = new CatalogIndex();
        var pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            writers.add(pool.submit(() -> {
                for (int v = 1; v <= 2_000; v++) {
                    index.apply(bridge("v" + v, true), v);
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        assertThat(index.versionOf("glute-bridge")).isEqualTo(2_000);
        assertThat(index.snapshot().exercises()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("v2000"));
    }
}

package dev.kinetic.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kinetic.bench.suite.BenchReport.KafkaLatency;

class MeasurementParsingTest {

    @Test
    void readsKafkaEndToEndLatencyOutput() {
        KafkaLatency latency = KafkaEndToEnd.parse(1000, """
                0\t2.61
                Avg latency: 1.7310 ms
                Percentiles: 50th = 1, 99th = 6, 99.9th = 14
                """);
        assertThat(latency.averageMs()).isEqualTo(1.731);
        assertThat(latency.p50Ms()).isEqualTo(1);
        assertThat(latency.p99Ms()).isEqualTo(6);
        assertThat(latency.p999Ms()).isEqualTo(14);
        assertThatThrownBy(() -> KafkaEndToEnd.parse(10, "Exception in thread main")).hasMessageContaining("no result");
    }

    @Test
    void quantilesAreNearestRank() {
        List<Double> hundred = java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();
        assertThat(PropagationProbe.quantile(hundred, 0.5)).isEqualTo(50);
        assertThat(PropagationProbe.quantile(hundred, 0.99)).isEqualTo(99);
        assertThat(PropagationProbe.quantile(List.of(7.0), 0.99)).isEqualTo(7);
        assertThat(PropagationProbe.summary("x", "a", "b", List.of(3.0, 1.0, 2.0)).maxMs()).isEqualTo(3);
    }

    @Test
    void scenarioAddressesMustBeDistinctAndNonBlank() {
        assertThat(BenchData.distinct(List.of("a", "b"), "slugs")).containsExactly("a", "b");
        assertThatThrownBy(() -> BenchData.distinct(List.of("", ""), "slugs")).hasMessageContaining("non-blank slugs");
        assertThatThrownBy(() -> BenchData.distinct(List.of("a", "a"), "slugs")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BenchData.distinct(List.of(), "slugs")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void halfOfPeakStaysWithinTheModesRateCap() {
        assertThat(BenchSettings.full().halfOf(2_001)).isEqualTo(1_000);
        assertThat(BenchSettings.quick().halfOf(2_001)).isEqualTo(20);
        assertThat(BenchSettings.full().halfOf(0.5)).isEqualTo(1);
    }
}

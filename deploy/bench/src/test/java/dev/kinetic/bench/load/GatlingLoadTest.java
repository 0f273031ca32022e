package dev.kinetic.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GatlingLoadTest extends LoadGeneratorContract {

    @Override
    LoadGenerator generator(Path reports) {
        return new GatlingLoad(reports);
    }

    @Test
    void everyMeasuredRunKeepsGatlingsHtmlReportNamedAfterTheScenarioAndRate() throws Exception {
        URI uri = serve(2, () -> { });
        load.run(new Target("report", "GET", uri, Map.of(), null), 50, Duration.ofSeconds(1));
        load.peak(new Target("report", "GET", uri, Map.of(), null), 2, Duration.ofSeconds(1));
        load.warmUp(new Target("report", "GET", uri, Map.of(), null), 2, Duration.ofMillis(300));
        assertThat(reports.resolve("report-at-50-per-s/index.html")).exists();
        assertThat(reports.resolve("report-peak/index.html")).exists();
        try (var runs = Files.list(reports)) {
            assertThat(runs).as("a warm-up keeps no report").hasSize(2);
        }
    }
}

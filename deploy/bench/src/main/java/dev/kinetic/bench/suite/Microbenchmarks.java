package dev.kinetic.bench.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kinetic.bench.suite.BenchReport.Microbenchmark;

/** JMH's JSON results (deploy/microbench, run before the suite starts so nothing else competes), when present. */
final class Microbenchmarks {

    private Microbenchmarks() {
    }

    static List<Microbenchmark> read(Path jmhJson) {
        if (!Files.exists(jmhJson)) {
            return List.of();
        }
        try {
            List<Microbenchmark> results = new ArrayList<>();
            for (JsonNode run : Http.JSON.readTree(jmhJson.toFile())) {
                Map<String, String> params = new LinkedHashMap<>();
                run.path("params").fields().forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
                String benchmark = run.path("benchmark").asText();
                results.add(new Microbenchmark(benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                        params, run.path("primaryMetric").path("score").asDouble(),
                        run.path("primaryMetric").path("scoreUnit").asText()));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable JMH results " + jmhJson, e);
        }
    }
}

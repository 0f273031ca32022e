package dev.kinetic.bench.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kinetic.bench.suite.BenchReport.KafkaLatency;

/**
 * Kafka's own end-to-end latency on the suite's broker, measured with the tool Kafka ships
 * ({@code org.apache.kafka.tools.EndToEndLatency}: one record at a time, produced with acks=all and
 * timed until the consumer has it). It runs in a child JVM because the tool exits the process on error.
 * The tool reports percentiles in whole milliseconds.
 */
final class KafkaEndToEnd {

    static final String TOOL = "org.apache.kafka.tools.EndToEndLatency";
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([0-9.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");

    private KafkaEndToEnd() {
    }

    static KafkaLatency measure(String bootstrapServers, int records, Path workDirectory) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), TOOL, bootstrapServers, "bench-end-to-end-latency",
                Integer.toString(records), "all", "512")).directory(workDirectory.toFile()).redirectErrorStream(true);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(TOOL + " failed: " + output);
            }
            return parse(records, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static KafkaLatency parse(int records, String output) {
        Matcher average = AVERAGE.matcher(output);
        Matcher percentiles = PERCENTILES.matcher(output);
        if (!average.find() || !percentiles.find()) {
            throw new IllegalStateException(TOOL + " printed no result: " + output);
        }
        return new KafkaLatency(TOOL, records, Double.parseDouble(average.group(1)), Double.parseDouble(percentiles.group(1)),
                Double.parseDouble(percentiles.group(2)), Double.parseDouble(percentiles.group(3)));
    }
}

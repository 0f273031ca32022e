package dev.kinetic.bench.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Command line of the load generator, for the benchmark scripts.
 *
 * <pre>
 * Load --name NAME --url URL [--method GET] [--header 'K: V']... [--body-file F]
 *      (--rate PER_SECOND [--warmup-seconds 5] | --peak-connections N) [--seconds 20]
 *      [--json results.jsonl] [--reports target/gatling] [--generator gatling|vertx]
 * </pre>
 *
 * With {@code --rate} it prints "achieved/s p50 p99 max errors" (milliseconds) and appends the full
 * result to the JSON-lines file; with {@code --peak-connections} it prints the closed-loop peak rate. Gatling's HTML
 * report of each measured run is kept under {@code --reports}.
 */
public final class Load {

    private Load() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--header")) {
                String[] header = args[i + 1].split(":\\s*", 2);
                headers.put(header[0], header[1]);
            } else {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        byte[] body = options.containsKey("body-file") ? Files.readAllBytes(Path.of(options.get("body-file"))) : new byte[0];
        Target target = new Target(options.getOrDefault("name", "load"), options.getOrDefault("method", "GET"),
                URI.create(options.get("url")), headers, body);
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        LoadGenerator load = LoadGenerators.named(options.getOrDefault("generator", "gatling"),
                Path.of(options.getOrDefault("reports", "target/gatling")));
        try {
            if (options.containsKey("peak-connections")) {
                System.out.printf(java.util.Locale.ROOT, "%.0f%n",
                        load.peak(target, Integer.parseInt(options.get("peak-connections")), duration).perSecond());
                return;
            }
            double rate = Double.parseDouble(options.get("rate"));
            // Unrecorded warm-up at the same rate: the generator's own JIT and connection set-up are not the server's latency.
            load.warmUpAtRate(target, rate, Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "5"))));
            LoadResult result = load.run(target, rate, duration);
            if (options.containsKey("json")) {
                Files.writeString(Path.of(options.get("json")), new ObjectMapper().writeValueAsString(result) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            System.out.println(result.summaryLine());
        } finally {
            load.close();
        }
    }
}

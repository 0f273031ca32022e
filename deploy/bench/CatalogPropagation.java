import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how long a catalog change takes to reach plan-service: from exercise-service's response
 * to a new exercise (committed with its outbox row) until plan-service's catalog version includes it
 * (polled on its readiness data every millisecond or so).
 * Usage: java CatalogPropagation.java <exercise-api> <plan-management> <editor-token> <changes>
 * Prints: "p50 p99 max" in milliseconds.
 */
public class CatalogPropagation {

    private static final Pattern VERSION = Pattern.compile("\"catalogVersion\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String exercises = args[0] + "/api/v1/exercises";
        String ready = args[1] + "/q/health/ready";
        String token = args[2];
        int changes = Integer.parseInt(args[3]);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            long before = version(ready);
            String slug = "propagation-probe-" + run + "-" + i;
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(exercises))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(slug))).build(), HttpResponse.BodyHandlers.ofString());
            long start = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("create failed: " + created.statusCode() + " " + created.body());
            }
            while (version(ready) <= before) {
                if (System.nanoTime() - start > 30_000_000_000L) {
                    throw new IllegalStateException("change " + slug + " not visible in plan-service after 30 s");
                }
            }
            millis.add((System.nanoTime() - start) / 1e6);
            Thread.sleep(100);
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%.1f %.1f %.1f%n", at(millis, 0.50), at(millis, 0.99), millis.get(millis.size() - 1));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static long version(String ready) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(ready)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = VERSION.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no catalogVersion in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static String body(String slug) {
        return """
                {"slug":"%s","name":"Propagation probe %s","aliases":[],"summary":"Benchmark probe.",
                 "instructions":["Lie on your back.","Lift the hips."],"cues":[],"mistakes":[],
                 "primaryMuscles":["gluteus-maximus"],"secondaryMuscles":[],"equipment":["bodyweight"],
                 "pattern":"hip-extension","level":"advanced","mechanic":"compound","laterality":"bilateral",
                 "position":"supine","spinalLoad":"low","dosage":{"sets":3,"repsMin":8,"repsMax":12},
                 "contraindications":[],"regression":null,"progression":null,"media":[]}""".formatted(slug, slug);
    }
}

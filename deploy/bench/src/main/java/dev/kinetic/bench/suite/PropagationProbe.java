package dev.kinetic.bench.suite;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kinetic.bench.data.GeneratedCatalog;
import dev.kinetic.bench.suite.BenchReport.Propagation;

/**
 * How long a change takes to reach plan-service's read models: timed from the HTTP response of the
 * write (committed with its outbox row) until plan-service's readiness data shows it, polled back to
 * back. Changes are made one at a time, with a pause between them so each is measured alone.
 */
final class PropagationProbe {

    private static final Pattern CATALOG_VERSION = Pattern.compile("\"catalogVersion\"\\s*:\\s*(\\d+)");
    private static final Pattern ARTICLES_PUBLISHED = Pattern.compile("\"articlesPublished\"\\s*:\\s*(\\d+)");
    private static final long GIVE_UP_NANOS = 30_000_000_000L;

    private final SuiteUrls urls;

    PropagationProbe(SuiteUrls urls) {
        this.urls = urls;
    }

    /** Exercise updates ({@code PUT} with {@code If-Match}) until plan-service's catalog version moves. */
    Propagation exerciseToPlan(int changes) {
        String slug = "propagation-probe-" + Long.toString(System.currentTimeMillis(), 36);
        HttpResponse<String> created = Http.exchange(201, "POST", urls.exercises() + "/api/v1/exercises", urls.editor(),
                "application/json", GeneratedCatalog.probeExercise(slug, "Benchmark probe."));
        String etag = created.headers().firstValue("ETag").orElseThrow();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            long before = readiness(CATALOG_VERSION);
            HttpResponse<String> updated = Http.exchange(200, "PUT", urls.exercises() + "/api/v1/exercises/" + slug, urls.editor(),
                    "application/json", GeneratedCatalog.probeExercise(slug, "Benchmark probe, change " + i + "."),
                    "If-Match", etag);
            long start = System.nanoTime();
            etag = updated.headers().firstValue("ETag").orElseThrow();
            millis.add(waitUntil(start, () -> readiness(CATALOG_VERSION) > before, "exercise change " + i));
            pause();
        }
        return summary("exercise-to-plan", "exercise-service's response to PUT /api/v1/exercises/{slug}",
                "plan-service's catalogVersion includes it", millis);
    }

    /** Publishing ingested drafts until plan-service's count of published articles moves. */
    Propagation articleToPlan(List<BenchData.Draft> drafts) {
        List<Double> millis = new ArrayList<>();
        for (BenchData.Draft draft : drafts) {
            long before = readiness(ARTICLES_PUBLISHED);
            Http.exchange(200, "POST", urls.content() + "/api/v1/articles/" + draft.slug() + "/publish",
                    urls.editor(), null, null, "If-Match", draft.etag());
            long start = System.nanoTime();
            millis.add(waitUntil(start, () -> readiness(ARTICLES_PUBLISHED) > before, "article " + draft.slug()));
            pause();
        }
        return summary("article-to-plan", "content-service's response to POST /api/v1/articles/{slug}/publish",
                "plan-service's article index holds it", millis);
    }

    private long readiness(Pattern field) {
        String body = Http.send("GET", urls.planManagement() + "/q/health/ready", null, null, null).body();
        Matcher m = field.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("plan-service's readiness has no " + field + ": " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static double waitUntil(long start, Supplier<Boolean> visible, String what) {
        while (!visible.get()) {
            if (System.nanoTime() - start > GIVE_UP_NANOS) {
                throw new IllegalStateException(what + " not visible in plan-service after 30 s");
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Propagation summary(String name, String from, String to, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Propagation(name, from, to, sorted.size(), quantile(sorted, 0.50), quantile(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    /** The nearest-rank quantile: the smallest value with at least {@code q} of the values at or below it. */
    static double quantile(List<Double> sorted, double q) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)));
    }
}

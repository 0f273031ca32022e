package dev.kinetic.bench.suite;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kinetic.bench.data.GeneratedArticles;
import dev.kinetic.bench.data.GeneratedCatalog;

/**
 * Brings the running suite to benchmark size through its own APIs (import, ingestion, publishing, plan
 * requests), so the data is stored, indexed and published over Kafka as real data is, and remembers
 * what the scenarios address: every exercise and article slug, the vocabularies, some plans.
 */
final class BenchData {

    static final String PLAN_REQUEST = """
            {"goals":["glute-strength","low-back-pain-relief"],"level":"beginner","equipment":["mini-band"],
             "daysPerWeek":3,"minutesPerSession":30,"weeks":4,"conditions":["low-back-pain","anterior-pelvic-tilt"],
             "currentPain":3,"age":34,"screening":{"saddleNumbness":false,"newBladderProblems":false,"bowelIncontinence":false,
             "progressiveLegWeakness":false,"recentTrauma":"none","osteoporosis":false,"historyOfCancer":false,"feverOrChills":false,
             "unexplainedWeightLoss":false,"recentBacterialInfection":false,"intravenousDrugUse":false,"immunosuppression":false,
             "painWorseLyingDownOrAtNight":false,"newEpisode":false},"timeZone":"Europe/Berlin","locale":"en"}""";
    private static final Duration READ_MODEL_TIMEOUT = Duration.ofMinutes(3);

    private final SuiteUrls urls;
    private final Map<String, Long> facts = new LinkedHashMap<>();
    private List<String> exerciseSlugs = List.of();
    private List<String> exerciseNames = List.of();
    private List<String> articleSlugs = List.of();
    private List<String> muscleGroups = List.of();
    private List<String> equipment = List.of();
    private final List<String> planIds = new ArrayList<>();

    BenchData(SuiteUrls urls) {
        this.urls = urls;
    }

    void load(BenchSettings settings) {
        growCatalog(settings.exercises());
        awaitSampleArticles();
        publishArticles(settings.articles());
        awaitPlanServiceHolds(facts.get("exercises"), facts.get("articlesPublished"));
        muscleGroups = slugs(Http.getJson(urls.exercises() + "/api/v1/muscles/groups", null));
        equipment = slugs(Http.getJson(urls.exercises() + "/api/v1/equipment", null));
        for (int i = 0; i < 100; i++) {
            planIds.add(Http.expect(201, "POST", urls.plans() + "/api/v1/plans", urls.partner(), "application/json",
                    PLAN_REQUEST).path("id").asText());
        }
        distinct(planIds, "plan ids");
    }

    private void growCatalog(int size) {
        long seeded = total(urls.exercises() + "/api/v1/exercises?size=1");
        int toImport = (int) Math.max(0, size - seeded);
        long start = System.nanoTime();
        JsonNode report = Http.expect(200, "POST", urls.exercises() + "/api/v1/exercises/import?format=free-exercise-db",
                urls.editor(), "application/json", GeneratedCatalog.freeExerciseDbRecords(toImport));
        facts.put("importedRecords", report.path("created").asLong());
        facts.put("importMs", (System.nanoTime() - start) / 1_000_000);
        // Imported records wait for review; an editor approves the whole batch so plans draw on all of them.
        List<String> imported = new java.util.ArrayList<>();
        report.path("items").forEach(item -> {
            if (item.hasNonNull("slug") && !"rejected".equals(item.path("outcome").asText())) {
                imported.add(item.path("slug").asText());
            }
        });
        if (!imported.isEmpty()) {
            String body = "{\"slugs\":" + imported.stream().map(slug -> "\"" + slug + "\"")
                    .collect(java.util.stream.Collectors.joining(",", "[", "]")) + ",\"note\":\"benchmark data\"}";
            JsonNode approvals = Http.expect(200, "POST", urls.exercises() + "/api/v1/exercises/approvals", urls.editor(),
                    "application/json", body);
            facts.put("approvedRecords", approvals.path("approved").asLong());
        }
        // A list item is {"exercise": {...}, "caution": ...}.
        List<JsonNode> all = pages(urls.exercises() + "/api/v1/exercises?sort=name&size=100").stream()
                .map(item -> item.path("exercise")).toList();
        exerciseSlugs = distinct(all.stream().map(e -> e.path("slug").asText()).toList(), "exercise slugs");
        // Articles name the team's exercises (not the generated "Bench move" ones), so ingestion links real names.
        exerciseNames = all.stream().filter(e -> !e.path("slug").asText().startsWith("fedb-"))
                .map(e -> e.path("name").asText()).toList();
        distinct(exerciseNames, "exercise names");
        facts.put("exercises", (long) exerciseSlugs.size());
    }

    private void awaitSampleArticles() {
        poll("content-service to publish its sample articles",
                () -> total(urls.content() + "/api/v1/articles?size=1") >= 1);
    }

    private void publishArticles(int size) {
        long published = total(urls.content() + "/api/v1/articles?size=1");
        long start = System.nanoTime();
        for (int n = 0; n < size - published; n++) {
            Draft draft = ingest(n);
            Http.expect(200, "POST", urls.content() + "/api/v1/articles/" + draft.slug() + "/publish", urls.editor(), null,
                    null, "If-Match", draft.etag());
        }
        facts.put("articlesIngestedAndPublished", Math.max(0, size - published));
        facts.put("articlesSetUpMs", (System.nanoTime() - start) / 1_000_000);
        articleSlugs = distinct(pages(urls.content() + "/api/v1/articles?size=100").stream().map(a -> a.path("slug").asText())
                .toList(), "article slugs");
        facts.put("articlesPublished", (long) articleSlugs.size());
    }

    /** Ingests generated article {@code n} as a draft; the harness publishes it (or times publishing it) later. */
    Draft ingest(int n) {
        HttpResponse<String> ingested = Http.exchange(201, "POST", urls.content() + "/api/v1/articles/ingest", urls.editor(),
                "text/markdown", articleText(n));
        return new Draft(Http.json(ingested).path("article").path("slug").asText(),
                ingested.headers().firstValue("ETag").orElseThrow());
    }

    String articleText(int n) {
        return GeneratedArticles.markdown(n, exerciseNames);
    }

    record Draft(String slug, String etag) {
    }

    void awaitPlanServiceHolds(long exercises, long articles) {
        Pattern held = Pattern.compile("\"catalogExercises\"\\s*:\\s*(\\d+)[\\s\\S]*\"articlesPublished\"\\s*:\\s*(\\d+)");
        poll("plan-service to hold " + exercises + " exercises and " + articles + " articles", () -> {
            Matcher m = held.matcher(Http.send("GET", urls.planManagement() + "/q/health/ready", null, null, null).body());
            return m.find() && Long.parseLong(m.group(1)) >= exercises && Long.parseLong(m.group(2)) >= articles;
        });
    }

    private static void poll(String what, java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + READ_MODEL_TIMEOUT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long total(String uri) {
        return Http.getJson(uri, null).path("total").asLong();
    }

    private static List<JsonNode> pages(String firstPage) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode body = Http.getJson(firstPage + "&page=" + page, null);
            body.path("items").forEach(items::add);
            if (body.path("items").isEmpty() || items.size() >= body.path("total").asLong()) {
                return items;
            }
        }
    }

    /** A scenario addressing blank or repeated values would measure something else than it says. */
    static List<String> distinct(List<String> values, String what) {
        if (values.isEmpty() || values.stream().anyMatch(String::isBlank) || values.stream().distinct().count() != values.size()) {
            throw new IllegalStateException("Expected distinct, non-blank " + what + ", got " + values.subList(0, Math.min(5, values.size())));
        }
        return values;
    }

    private static List<String> slugs(JsonNode terms) {
        List<String> slugs = new ArrayList<>();
        terms.forEach(t -> slugs.add(t.path("slug").asText()));
        return slugs.stream().filter(Predicate.not(String::isBlank)).toList();
    }

    Map<String, Long> facts() {
        return facts;
    }

    List<String> exerciseSlugs() {
        return exerciseSlugs;
    }

    List<String> articleSlugs() {
        return articleSlugs;
    }

    List<String> muscleGroups() {
        return muscleGroups;
    }

    List<String> equipment() {
        return equipment;
    }

    List<String> planIds() {
        return planIds;
    }
}

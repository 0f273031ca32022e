package dev.kinetic.bench.suite;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.kinetic.bench.data.SearchQueries;
import dev.kinetic.bench.load.Requests;
import dev.kinetic.bench.load.Target;

/**
 * The scenarios of a run, each walking through many addresses or bodies (every exercise and article
 * slug, several filters and queries, a hundred plans) so a cache holding one answer cannot flatter it.
 */
final class ScenarioPlan {

    static final String EXERCISE = "exercise-service";
    static final String CONTENT = "content-service";
    static final String PLAN = "plan-service";
    private static final String SEARCH_MIX = "Zipf over " + SearchQueries.POPULAR + " queries, every "
            + SearchQueries.UNSEEN_EVERY + "rd never asked before";
    private static final List<String> LEVELS = List.of("beginner", "intermediate", "advanced");

    /** One scenario: which service it measures, what it sends, whether the read targets apply. */
    record Step(String name, String service, String request, boolean read, Requests requests) {
    }

    private ScenarioPlan() {
    }

    /** Each service's trivial endpoint (a static list, no database): the framework's ceiling for that service. */
    static List<Step> ceilings(SuiteUrls urls) {
        return List.of(
                get("exercise-trivial", EXERCISE, "GET /api/v1/exercises/levels", List.of(urls.exercises() + "/api/v1/exercises/levels"), null),
                get("content-trivial", CONTENT, "GET /api/v1/articles/locales", List.of(urls.content() + "/api/v1/articles/locales"), null),
                get("plan-trivial", PLAN, "GET /api/v1/plans/goals", List.of(urls.plans() + "/api/v1/plans/goals"), null));
    }

    /**
     * What HTTP clients send by default (browsers, OkHttp, Go, Python, Node): a service may answer compressed.
     * {@code -Dkinetic.bench.accept-encoding=identity} measures the same scenarios uncompressed.
     */
    static final String ACCEPT_ENCODING = System.getProperty("kinetic.bench.accept-encoding", "gzip, deflate");

    static List<Step> reads(SuiteUrls urls, BenchData data) {
        List<String> filtered = new ArrayList<>();
        for (int i = 0; i < data.muscleGroups().size(); i++) {
            filtered.add(urls.exercises() + "/api/v1/exercises?muscle=" + data.muscleGroups().get(i) + "&equipment="
                    + data.equipment().get(i % data.equipment().size()) + "&maxLevel=" + LEVELS.get(i % LEVELS.size()) + "&size=20");
        }
        return List.of(
                get("exercise-by-slug", EXERCISE, "GET /api/v1/exercises/{slug}, every slug of the catalog",
                        data.exerciseSlugs().stream().map(s -> urls.exercises() + "/api/v1/exercises/" + s).toList(), null),
                get("exercise-filtered-list", EXERCISE, "GET /api/v1/exercises?muscle=&equipment=&maxLevel=&size=20, "
                        + filtered.size() + " filters", filtered, null),
                search("exercise-search", EXERCISE, urls.exercises() + "/api/v1/exercises/search?q="),
                get("article-by-slug", CONTENT, "GET /api/v1/articles/{slug}, every published article",
                        data.articleSlugs().stream().map(s -> urls.content() + "/api/v1/articles/" + s).toList(), null),
                search("article-search", CONTENT, urls.content() + "/api/v1/articles/search?q="),
                get("plan-read", PLAN, "GET /api/v1/plans/{id}, " + data.planIds().size() + " plans",
                        data.planIds().stream().map(id -> urls.plans() + "/api/v1/plans/" + id).toList(), urls.partner()));
    }

    static List<Step> writes(SuiteUrls urls, BenchData data) {
        List<Target> articles = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            articles.add(new Target("article-ingestion", "POST", URI.create(urls.content() + "/api/v1/articles/ingest"),
                    Map.of("Authorization", "Bearer " + urls.editor(), "Content-Type", "text/markdown"),
                    data.articleText(n).getBytes(StandardCharsets.UTF_8)));
        }
        Target plan = planCreation(urls);
        return List.of(
                new Step("article-ingestion", CONTENT, "POST /api/v1/articles/ingest, 40 generated Markdown articles "
                        + "(each a new draft)", false, cycle("article-ingestion", articles)),
                new Step("plan-creation", PLAN, "POST /api/v1/plans, the seed's case (2 goals, 2 conditions, screening, "
                        + "4 weeks x 3 sessions)", false, plan),
                new Step("plan-creation-minimal", PLAN, "the same with Prefer: return=minimal (Location and ETag, no body)",
                        false, planCreationMinimal(urls)));
    }

    /** POST /plans as the benchmark's partner: the seed's case. */
    static Target planCreation(SuiteUrls urls) {
        return new Target("plan-creation", "POST", URI.create(urls.plans() + "/api/v1/plans"),
                Map.of("Authorization", "Bearer " + urls.partner(), "Content-Type", "application/json",
                        "Accept-Encoding", ACCEPT_ENCODING),
                BenchData.PLAN_REQUEST.getBytes(StandardCharsets.UTF_8));
    }

    /** The same creation asking for no body, as a partner that learns of its plans by webhook would. */
    static Target planCreationMinimal(SuiteUrls urls) {
        return new Target("plan-creation-minimal", "POST", URI.create(urls.plans() + "/api/v1/plans"),
                Map.of("Authorization", "Bearer " + urls.partner(), "Content-Type", "application/json",
                        "Prefer", "return=minimal"),
                BenchData.PLAN_REQUEST.getBytes(StandardCharsets.UTF_8));
    }

    private static Step get(String name, String service, String request, List<String> uris, String token) {
        Map<String, String> headers = token == null ? Map.of("Accept-Encoding", ACCEPT_ENCODING)
                : Map.of("Authorization", "Bearer " + token, "Accept-Encoding", ACCEPT_ENCODING);
        List<Target> targets = uris.stream().map(u -> new Target(name, "GET", URI.create(u), headers, null)).toList();
        return new Step(name, service, request, !name.endsWith("-trivial"), cycle(name, targets));
    }

    /**
     * A search scenario on the realistic query mix ({@link SearchQueries}), counted across all its phases (warm-up,
     * peak, rates) so a phrase never asked before is never asked again in a later phase.
     */
    private static Step search(String name, String service, String prefix) {
        AtomicLong asked = new AtomicLong();
        return new Step(name, service, "GET " + URI.create(prefix).getPath() + "?q=, " + SEARCH_MIX, true, new Requests() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Target next(long sequence) {
                return new Target(name, "GET", URI.create(prefix + encode(SearchQueries.at(asked.getAndIncrement()))),
                        Map.of("Accept-Encoding", ACCEPT_ENCODING), null);
            }
        });
    }

    private static Requests cycle(String name, List<Target> targets) {
        if (targets.isEmpty()) {
            throw new IllegalStateException("Scenario " + name + " has nothing to request");
        }
        return new Requests() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Target next(long sequence) {
                return targets.get((int) (sequence % targets.size()));
            }
        };
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}

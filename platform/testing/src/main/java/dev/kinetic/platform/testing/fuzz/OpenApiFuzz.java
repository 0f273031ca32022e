package dev.kinetic.platform.testing.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile requests generated from a service's own OpenAPI document: for each operation, a plausible
 * request with one schema-aware mutation (wrong type, out-of-range number, huge or control-character
 * string, deep nesting, broken JSON, wrong content type, oversized header or target), under a random
 * role or none. Every answer must be below 500, every error problem+json, and no body may name a class,
 * a stack frame or SQL. Seeded: the same seed sends the same requests.
 */
public final class OpenApiFuzz {

    /** Class names, stack frames and SQL errors: what an answer must never show. */
    static final Pattern INTERNALS = Pattern.compile(
            "\\b(java|javax|jakarta|org|io|com|sun)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]+"
                    + "|\\bdev\\.kinetic\\.[a-z0-9_.]+\\.[A-Z]\\w*"
                    + "|\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b"
                    + "|\\bat [\\w.$]+\\([\\w.]*(:\\d+)?\\)"
                    + "|SQLSTATE|PSQLException|syntax error at or near|\\bviolates\\b.*\\bconstraint\\b");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PROBLEM = "application/problem+json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** One request sent, as the report lists a failing one. */
    public record Sent(String method, String target, String role, String mutation, int status, String contentType, String body) {
    }

    /** What a run sent and what broke a rule. */
    public record Report(String service, long seed, int requests, Map<String, Integer> statuses, Map<String, Integer> mutations,
            List<Sent> failures) {
    }

    private final String service;
    private final JsonNode openApi;
    private final URI base;
    private final Map<String, String> tokens;
    private final Map<String, String> hints;
    private final long seed;
    private final int requests;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private OpenApiFuzz(String service, JsonNode openApi, URI base, Map<String, String> tokens, Map<String, String> hints, long seed,
            int requests) {
        this.service = service;
        this.openApi = openApi;
        this.base = base;
        this.tokens = tokens;
        this.hints = hints;
        this.seed = seed;
        this.requests = requests;
    }

    /**
     * A fuzz run against {@code base}. {@code tokens} maps a role name to a bearer token (a null token
     * sends none); {@code hints} gives values for named parameters and fields, e.g. an existing slug.
     */
    public static OpenApiFuzz of(String service, String openApiJson, URI base, Map<String, String> tokens, Map<String, String> hints,
            long seed, int requests) {
        try {
            return new OpenApiFuzz(service, MAPPER.readTree(openApiJson), base, tokens, hints, seed, requests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Operation(String method, String path, JsonNode spec) {
    }

    public Report run() {
        Random random = new Random(seed);
        SchemaSamples samples = new SchemaSamples(openApi, hints, random);
        List<Operation> operations = operations();
        List<String> roles = new ArrayList<>(tokens.keySet());
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> mutations = new TreeMap<>();
        List<Sent> failures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Operation operation = operations.get(i % operations.size());
            String role = roles.get(random.nextInt(roles.size()));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            Sent sent = send(operation, role, mutation, samples, random);
            statuses.merge(String.valueOf(sent.status()), 1, Integer::sum);
            mutations.merge(mutation.name().toLowerCase(), 1, Integer::sum);
            if (broken(sent)) {
                failures.add(sent);
            }
        }
        Report report = new Report(service, seed, requests, statuses, mutations, failures.stream().limit(50).toList());
        write(report);
        System.out.printf("fuzz %s: %d requests over %d operations, seed %d, statuses %s, %d broke a rule%n", service, requests,
                operations.size(), seed, statuses, failures.size());
        return report;
    }

    private static boolean broken(Sent sent) {
        if (sent.status() >= 500 || sent.status() < 100) {
            return true;
        }
        if (sent.status() >= 400) {
            if (sent.contentType() == null || !sent.contentType().startsWith(PROBLEM)) {
                return true;
            }
            try {
                JsonNode problem = MAPPER.readTree(sent.body());
                if (!problem.path("type").asText().startsWith("https://kinetic.dev/problems/") || problem.path("status").asInt() != sent.status()) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return sent.body() != null && INTERNALS.matcher(sent.body()).find();
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(new Operation(method, path.getKey(), path.getValue().get(method)));
                }
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document of " + service + " has no operations");
        }
        return operations;
    }

    enum Mutation {
        NONE, PATH_VALUE, QUERY_VALUE, BODY_FIELD, BODY_WHOLE, CONTENT_TYPE, HEADER
    }

    private Sent send(Operation operation, String role, Mutation mutation, SchemaSamples samples, Random random) {
        String path = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            JsonNode p = samples.resolve(parameter);
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            String value = text(samples.sample(p.path("schema"), name, 0));
            if (in.equals("path")) {
                path = path.replace("{" + name + "}", encode(mutation == Mutation.PATH_VALUE ? Values.hostileString(random) : value));
            } else if (in.equals("query") && (random.nextBoolean() || p.path("required").asBoolean())) {
                query.put(name, value);
            }
        }
        if (mutation == Mutation.QUERY_VALUE) {
            String name = query.isEmpty() ? "q" : new ArrayList<>(query.keySet()).get(random.nextInt(query.size()));
            query.put(name, Values.hostileScalar(random));
        }
        StringBuilder target = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, String> q : query.entrySet()) {
            target.append(separator).append(encode(q.getKey())).append('=').append(encode(q.getValue()));
            separator = "&";
        }
        JsonNode bodySchema = operation.spec().path("requestBody").path("content");
        String contentType = bodySchema.fieldNames().hasNext() ? bodySchema.fieldNames().next() : null;
        String body = null;
        if (contentType != null) {
            body = contentType.contains("json") ? json(samples.sample(bodySchema.path(contentType).path("schema"), null, 0), mutation, random)
                    : "Glute bridges help.\n\n1. Glute bridge\nDo 3 sets of 10.";
        } else if (mutation == Mutation.BODY_WHOLE || mutation == Mutation.BODY_FIELD) {
            body = Values.hostileBody(random);
            contentType = "application/json";
        }
        if (mutation == Mutation.CONTENT_TYPE) {
            contentType = Values.pick(random, "application/xml", "text/plain", "application/json; charset=utf-16", "multipart/form-data",
                    "application/x-www-form-urlencoded", "*/*", "application/json;;");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(target.toString())).timeout(Duration.ofSeconds(30));
        String token = tokens.get(role);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (mutation == Mutation.HEADER) {
            switch (random.nextInt(4)) {
                case 0 -> request.header("X-Padding", "p".repeat(20_000));
                case 1 -> request.header("Accept", "application/xml");
                case 2 -> request.setHeader("Authorization", "Bearer " + Values.pick(random, "garbage", "a.b.c", "eyJhbGciOiJub25lIn0.e30."));
                default -> request.header("If-Match", Values.pick(random, "\"x\"", "W/\"-1\"", "*", "\"99999999999\""));
            }
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(operation.method().toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        String shownTarget = target.length() > 300 ? target.substring(0, 300) + "…" : target.toString();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String answer = response.body();
            return new Sent(operation.method().toUpperCase(), shownTarget, role, mutation.name().toLowerCase(), response.statusCode(),
                    response.headers().firstValue("content-type").orElse(null),
                    answer.length() > 2000 ? answer.substring(0, 2000) : answer);
        } catch (IOException e) {
            // A connection the server closed on an oversized request is an answer only if a status came first.
            return new Sent(operation.method().toUpperCase(), shownTarget, role, mutation.name().toLowerCase(), 0, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(JsonNode sample, Mutation mutation, Random random) {
        if (mutation == Mutation.BODY_WHOLE) {
            return Values.hostileBody(random);
        }
        if (mutation == Mutation.BODY_FIELD) {
            mutateOneField(sample, random);
        }
        try {
            return MAPPER.writeValueAsString(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one value somewhere in the sample with a hostile one of another type or size. */
    private static void mutateOneField(JsonNode node, Random random) {
        if (node instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            JsonNode child = object.get(name);
            if ((child.isContainerNode() && child.size() > 0) && random.nextInt(3) > 0) {
                mutateOneField(child, random);
            } else {
                object.set(name, Values.hostileNode(random));
            }
        } else if (node instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (array.get(index).isContainerNode() && random.nextBoolean()) {
                mutateOneField(array.get(index), random);
            } else {
                array.set(index, Values.hostileNode(random));
            }
        }
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void write(Report report) {
        try {
            Path directory = Path.of("target", "fuzz");
            Files.createDirectories(directory);
            MAPPER.writeValue(directory.resolve(service + ".json").toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hostile values, by kind. */
    static final class Values {

        private Values() {
        }

        static String pick(Random random, String... values) {
            return values[random.nextInt(values.length)];
        }

        static String hostileString(Random random) {
            return switch (random.nextInt(9)) {
                case 0 -> "a".repeat(10_000);
                case 1 -> "nul\u0000byte";
                case 2 -> "line\r\nbreak";
                case 3 -> "../../etc/passwd";
                case 4 -> "' OR 1=1 --";
                case 5 -> "<script>alert(1)</script>";
                case 6 -> "ü💥\u202e\uFEFF";
                case 7 -> "";
                default -> "%s%n%x";
            };
        }

        static String hostileScalar(Random random) {
            return switch (random.nextInt(8)) {
                case 0 -> "-1";
                case 1 -> "99999999999999999999";
                case 2 -> "1e309";
                case 3 -> "NaN";
                case 4 -> "true";
                default -> hostileString(random);
            };
        }

        static JsonNode hostileNode(Random random) {
            return switch (random.nextInt(12)) {
                case 0 -> JSON.nullNode();
                case 1 -> JSON.numberNode(-1);
                case 2 -> JSON.numberNode(new java.math.BigInteger("99999999999999999999999"));
                case 3 -> JSON.numberNode(1.5e300);
                case 4 -> JSON.booleanNode(true);
                case 5 -> JSON.textNode("x".repeat(100_000));
                case 6 -> JSON.objectNode().put("unexpected", 1);
                case 7 -> {
                    ArrayNode many = JSON.arrayNode();
                    for (int i = 0; i < 5_000; i++) {
                        many.add("item-" + i);
                    }
                    yield many;
                }
                case 8 -> JSON.arrayNode().add(JSON.arrayNode().add(JSON.arrayNode()));
                default -> JSON.textNode(hostileString(random));
            };
        }

        static String hostileBody(Random random) {
            return switch (random.nextInt(7)) {
                case 0 -> "[".repeat(5_000) + "]".repeat(5_000);
                case 1 -> "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
                case 2 -> "{\"unterminated\": \"";
                case 3 -> "";
                case 4 -> "null";
                case 5 -> "[1,2,3]";
                default -> "{\"x\":\"" + "y".repeat(2_000_000) + "\"}";
            };
        }
    }
}

package dev.kinetic.deploy.kubernetes;

import java.util.stream.Collectors;

import dev.kinetic.contracts.Topic;
import dev.kinetic.contracts.Topics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a service needs from its deployment, read from the service itself: the topics it consumes
 * (and their dead-letter topics) and its consumer groups from its configuration, the topics it
 * produces from the contracts module, the environment variables its
 * configuration requires (a {@code ${VAR}} without default), and the API paths of its OpenAPI
 * document as written at build time.
 */
record ServiceContract(String name, Set<String> consumedTopics, Set<String> deadLetterTopics, Set<String> groups,
        Set<String> groupPrefixes, Set<String> producedTopics, Set<String> requiredVariables, Set<String> apiPaths,
        Map<String, Long> quotasPerMinute) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern QUOTA = Pattern.compile("kinetic\\.quota\\.policies\\.([a-z-]+)\\.capacity");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:([^}]*)}");
    static final Set<String> SERVICES = Set.of("exercise-service", "content-service", "plan-service");

    static ServiceContract of(String name) {
        Path root = Manifests.ROOT;
        Properties config = config(name);
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Set<String> variables = new TreeSet<>();
        Map<String, Long> quotas = new TreeMap<>();
        for (String key : config.stringPropertyNames()) {
            Matcher quota = QUOTA.matcher(key);
            if (quota.matches()) {
                Duration period = Duration.parse(defaultOf(config.getProperty("kinetic.quota.policies." + quota.group(1) + ".period", "PT1M")));
                quotas.put(quota.group(1), Math.round(Long.parseLong(defaultOf(config.getProperty(key))) * 60.0 / period.toSeconds()));
            }
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue; // test and dev profiles do not run in a cluster
            }
            String value = config.getProperty(key);
            Matcher variable = VARIABLE.matcher(value);
            while (variable.find()) {
                variables.add(variable.group(1));
            }
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                consumed.add(value);
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                deadLetters.add(value);
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                if (value.contains("${")) {
                    prefixes.add(value.substring(0, value.indexOf("${")));
                } else {
                    groups.add(value);
                }
            }
        }
        return new ServiceContract(name, consumed, deadLetters, groups, prefixes, producedTopics(name), variables,
                apiPaths(root.resolve(name + "/target/openapi/openapi.json")), quotas);
    }

    /** A service's own configuration: the platform's shared settings, then the service's, which win. */
    static Properties config(String name) {
        Properties config = new Properties();
        load(config, Manifests.ROOT.resolve("platform/runtime/src/main/resources/META-INF/microprofile-config.properties"));
        load(config, Manifests.ROOT.resolve(name + "/src/main/resources/application.properties"));
        return config;
    }

    /** A setting's value, or the default of a {@code ${VARIABLE:default}} expression. */
    private static String defaultOf(String value) {
        Matcher expression = DEFAULTED.matcher(value.trim());
        return expression.matches() ? expression.group(1) : value.trim();
    }

    /** The topics the contracts name {@code service} the producer of. */
    private static Set<String> producedTopics(String service) {
        return Topics.ALL.stream().filter(t -> t.producer().equals(service)).map(Topic::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> apiPaths(Path openApi) {
        if (!Files.exists(openApi)) {
            throw new IllegalStateException(openApi + " is missing: build the service first (./mvnw install)");
        }
        try {
            JsonNode paths = new ObjectMapper().readTree(openApi.toFile()).path("paths");
            Set<String> result = new TreeSet<>();
            for (Iterator<String> names = paths.fieldNames(); names.hasNext();) {
                result.add(names.next());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(Properties config, Path file) {
        try {
            Properties loaded = new Properties();
            loaded.load(new StringReader(Manifests.read(file)));
            config.putAll(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> allTopics() {
        Set<String> all = new TreeSet<>(consumedTopics);
        all.addAll(deadLetterTopics);
        all.addAll(producedTopics);
        return all;
    }
}

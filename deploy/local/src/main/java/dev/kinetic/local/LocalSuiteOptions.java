package dev.kinetic.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.kinetic.platform.embedded.FreePort;

/**
 * Where the local suite keeps its data and which ports it uses. Defaults suit a developer's
 * machine (fixed ports, data kept under {@code .kinetic/} between runs); every value can be
 * changed by an environment variable, and {@link #ephemeral(Path, Path)} gives free ports and a
 * data directory of the caller's choosing, for tests.
 */
public record LocalSuiteOptions(Path root, Path home, int postgresPort, int kafkaPort,
        List<ServiceSpec> services, boolean oneServiceAtATime, boolean quotas, int webhookReceiverPort, boolean demoWebhooks) {

    static LocalSuiteOptions fromEnvironment(Map<String, String> env) {
        Path root = findRoot(Path.of(env.getOrDefault("KINETIC_ROOT", ".")).toAbsolutePath().normalize());
        Path home = Path.of(env.getOrDefault("KINETIC_HOME", root.resolve(".kinetic").toString()));
        return new LocalSuiteOptions(root, home,
                port(env, "KINETIC_LOCAL_POSTGRES_PORT", 15432),
                port(env, "KINETIC_LOCAL_KAFKA_PORT", 19092),
                List.of(
                        new ServiceSpec("exercise-service", "exercise", port(env, "KINETIC_EXERCISE_PORT", 8081), 9001),
                        new ServiceSpec("content-service", "content", port(env, "KINETIC_CONTENT_PORT", 8082), 9002),
                        new ServiceSpec("plan-service", "plan", port(env, "KINETIC_PLAN_PORT", 8083), 9003)),
                false, true, port(env, "KINETIC_WEBHOOK_RECEIVER_PORT", 8090), true);
    }

    /** Free ports everywhere and data in {@code home}, removed afterwards by the caller. */
    public static LocalSuiteOptions ephemeral(Path root, Path home) {
        return new LocalSuiteOptions(root, home, FreePort.pick(), FreePort.pick(), List.of(
                new ServiceSpec("exercise-service", "exercise", FreePort.pick(), FreePort.pick()),
                new ServiceSpec("content-service", "content", FreePort.pick(), FreePort.pick()),
                new ServiceSpec("plan-service", "plan", FreePort.pick(), FreePort.pick())), false, true, FreePort.pick(), true);
    }

    /**
     * The same suite with each service started only once the one before it is ready, so each start-up
     * time is that service's own rather than three JVMs sharing the cores (the benchmark measures this way).
     */
    public LocalSuiteOptions withOneServiceAtATime() {
        return new LocalSuiteOptions(root, home, postgresPort, kafkaPort, services, true, quotas, webhookReceiverPort, demoWebhooks);
    }

    /** The same suite without request quotas: the benchmark offers one partner's load far above any quota. */
    public LocalSuiteOptions withoutQuotas() {
        return new LocalSuiteOptions(root, home, postgresPort, kafkaPort, services, oneServiceAtATime, false, webhookReceiverPort, demoWebhooks);
    }

    /** The same suite without the demo webhook subscription: the benchmark's plans would all be delivered to it. */
    public LocalSuiteOptions withoutDemoWebhooks() {
        return new LocalSuiteOptions(root, home, postgresPort, kafkaPort, services, oneServiceAtATime, quotas, webhookReceiverPort, false);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    /** The service of that name. */
    public ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** The repository root: the nearest directory upwards holding the Maven wrapper. */
    public static Path findRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Run from inside the Kinetic repository (no mvnw found above " + start + ")");
    }
}

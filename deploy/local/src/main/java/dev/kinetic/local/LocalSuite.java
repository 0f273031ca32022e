package dev.kinetic.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import dev.kinetic.platform.embedded.JwtKeys;
import dev.kinetic.platform.embedded.KafkaBroker;
import dev.kinetic.platform.embedded.KineticTopics;
import dev.kinetic.platform.embedded.PostgresServer;
import dev.kinetic.platform.embedded.TokenMinter;

/**
 * The whole suite on one machine: PostgreSQL and Kafka started by the project itself, the three
 * services as child processes, tokens for every role. {@link #main} is the README's "start" command;
 * tests and the benchmark harness use {@link #start(LocalSuiteOptions, PrintStream)} and {@link #close()}.
 */
public final class LocalSuite implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final LocalSuiteOptions options;
    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<String, Duration> timings = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private JwtKeys keys;
    private DemoWebhookReceiver receiver;
    private DemoSubscription.Subscribed subscription;

    private LocalSuite(LocalSuiteOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws InterruptedException {
        LocalSuiteOptions options = LocalSuiteOptions.fromEnvironment(System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        LocalSuite suite = new LocalSuite(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Kinetic...");
            suite.close();
            stopped.countDown();
        }, "kinetic-shutdown"));
        try {
            suite.startAll();
        } catch (RuntimeException | Error e) {
            System.err.println("Kinetic did not start: " + e);
            System.exit(1);
        }
        suite.printBanner();
        stopped.await();
    }

    public static LocalSuite start(LocalSuiteOptions options, PrintStream out) {
        LocalSuite suite = new LocalSuite(options, out);
        try {
            suite.startAll();
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    /**
     * Whether starting these services on this JVM trains their start-up caches (JDK 25 or later, a service built
     * since its last training): that start is a little slower, and the caches are written when the suite stops.
     */
    public static boolean trainsStartUpCaches(LocalSuiteOptions options) {
        return options.services().stream()
                .anyMatch(spec -> StartUpCache.trains(ServiceProcess.appDirectory(options.root(), spec), Runtime.version().feature()));
    }

    private void startAll() {
        Instant begin = Instant.now();
        if (trainsStartUpCaches(options)) {
            out.println("JDK " + Runtime.version().feature() + ": this start trains the services' AOT caches (written when "
                    + "they stop); later starts use them.");
        }
        out.println("Starting PostgreSQL...");
        Instant step = Instant.now();
        postgres = PostgresServer.fromEnvironment()
                .orElseGet(() -> PostgresServer.startPersistent(options.home().resolve("postgres"), options.postgresPort()));
        options.services().forEach(s -> postgres.createDatabase(s.database()));
        timings.put("postgresql", Duration.between(step, Instant.now()));

        out.println("Starting Kafka (KRaft)...");
        step = Instant.now();
        kafka = KafkaBroker.startPersistent(options.home().resolve("kafka"), options.kafkaPort());
        kafka.createTopics(KineticTopics.ALL);
        timings.put("kafka", Duration.between(step, Instant.now()));

        keys = JwtKeys.inDirectory(options.home().resolve("jwt"));

        out.println("Starting services...");
        for (ServiceSpec spec : options.services()) {
            ServiceProcess service = ServiceProcess.start(spec, options.root(), options.home().resolve("logs"), environmentOf(spec));
            services.add(service);
            if (options.oneServiceAtATime()) {
                timings.put(spec.name(), service.awaitReady(READY_TIMEOUT));
            }
        }
        for (ServiceProcess service : services) {
            timings.computeIfAbsent(service.spec().name(), name -> service.awaitReady(READY_TIMEOUT));
        }
        timings.put("suite", Duration.between(begin, Instant.now()));

        if (options.demoWebhooks()) {
            receiver = DemoWebhookReceiver.start(options.webhookReceiverPort(), options.home().resolve("logs/webhook-receiver.log"));
            subscription = DemoSubscription.subscribe(planServiceUrl(), tokens().get("partner"), receiver.url(DemoSubscription.ENDPOINT));
            receiver.register(DemoSubscription.ENDPOINT, subscription.secret());
        }
    }

    private String planServiceUrl() {
        return "http://127.0.0.1:" + options.service("plan-service").httpPort();
    }

    /** The webhook receiver the suite runs for the demo partner (verifying signatures, logging what arrives). */
    public DemoWebhookReceiver webhookReceiver() {
        return receiver;
    }

    private Map<String, String> environmentOf(ServiceSpec spec) {
        Map<String, String> env = new HashMap<>();
        env.put("KINETIC_HTTP_PORT", Integer.toString(spec.httpPort()));
        env.put("KINETIC_MANAGEMENT_PORT", Integer.toString(spec.managementPort()));
        env.put("KINETIC_DB_URL", postgres.jdbcUrl(spec.database()));
        env.put("KINETIC_DB_USER", postgres.username());
        env.put("KINETIC_DB_PASSWORD", postgres.password());
        env.put("KINETIC_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("KINETIC_JWT_PUBLIC_KEY_LOCATION", keys.publicKeyPem().toString());
        env.put("KINETIC_JWT_ISSUER", TokenMinter.LOCAL_ISSUER);
        // plan-service bootstraps its catalog from exercise-service's snapshot when the topic is empty.
        env.put("KINETIC_EXERCISE_SERVICE_URL", "http://127.0.0.1:" + options.service("exercise-service").httpPort());
        env.put("KINETIC_OTEL_DISABLED", "true");
        // Production settings with the local run's few differences on top (tokens valid for a working day).
        env.put("QUARKUS_PROFILE", "prod,local");
        if (!options.quotas()) {
            env.put("KINETIC_QUOTA_ENABLED", "false");
        }
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // Webhooks to the demo receiver on loopback, over plain http: allowed here only.
        env.put("KINETIC_WEBHOOKS_ALLOW_LOCAL_TARGETS", "true");
        env.put("KINETIC_PUBLIC_BASE_URL", "http://localhost:" + options.service("plan-service").httpPort());
        return env;
    }

    /** A token for each role, valid for a working day. */
    public Map<String, String> tokens() {
        TokenMinter minter = new TokenMinter(keys, TokenMinter.LOCAL_ISSUER);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("editor", minter.mint("editor@kinetic.local", Set.of("editor"), Duration.ofHours(12)));
        tokens.put("partner", minter.mint("demo-partner", Set.of("partner"), Duration.ofHours(12)));
        tokens.put("admin", minter.mint("admin@kinetic.local", Set.of("admin"), Duration.ofHours(12)));
        return tokens;
    }

    public List<ServiceSpec> services() {
        return Collections.unmodifiableList(options.services());
    }

    /** How long each part took to become ready: postgresql, kafka, each service (from its process start), the suite. */
    public Map<String, Duration> timings() {
        return Collections.unmodifiableMap(timings);
    }

    /**
     * Where each running service's start went (see {@link StartUpSteps}; after a {@link #restart}, the start again), for
     * the services whose log says: read from the logs when asked, so a start nobody measures reads nothing.
     */
    public Map<String, StartUpSteps> startUpSteps() {
        Map<String, StartUpSteps> steps = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            service.startUpSteps().ifPresent(found -> steps.put(service.spec().name(), found));
        }
        return Collections.unmodifiableMap(steps);
    }

    /**
     * How long a service started again took to become ready, where that went (empty if its log did not say), and the
     * CPU its process had used by then (empty where the operating system does not say).
     */
    public record Restart(Duration took, Optional<StartUpSteps> steps, Optional<Duration> cpu) {
    }

    /**
     * Stops one service and starts it again with the same settings, as a rolling update or a rescheduled pod starts
     * one: alone, against the database and the topics as they are. Returns when it is ready again.
     */
    public synchronized Restart restart(String name) {
        ServiceProcess before = running(name);
        before.stop();
        ServiceProcess again = ServiceProcess.startAgain(before.spec(), options.root(), options.home().resolve("logs"),
                environmentOf(before.spec()));
        services.set(services.indexOf(before), again);
        Duration took = again.awaitReady(READY_TIMEOUT);
        return new Restart(took, again.startUpSteps(), again.cpuAtReady());
    }

    /** The operating-system process id of a running service. */
    public long pid(String service) {
        return running(service).pid();
    }

    private ServiceProcess running(String service) {
        return services.stream().filter(s -> s.spec().name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No running service " + service));
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    private void printBanner() {
        StringBuilder banner = new StringBuilder("\nKinetic is running (started in ")
                .append(timings.get("suite").toMillis()).append(" ms).\n\n");
        for (ServiceSpec spec : options.services()) {
            banner.append(String.format("  %-17s API http://localhost:%d/api/v1   health/OpenAPI/metrics http://localhost:%d/q/{health,openapi,swagger-ui,metrics}%n",
                    spec.name(), spec.httpPort(), spec.managementPort()));
        }
        banner.append(String.format("%n  Demo data   49 exercises (GET /api/v1/exercises), 3 articles linked to them (GET /api/v1/articles),%n"
                + "              published by content-service once the catalog has reached it over Kafka%n"));
        banner.append(String.format("  PostgreSQL  %s (user %s)%n", postgres.jdbcUrl("<service>"), postgres.username()));
        banner.append(String.format("  Kafka       %s%n", kafka.bootstrapServers()));
        banner.append(String.format("  Data        %s (logs in %s)%n%n", options.home(), options.home().resolve("logs")));
        if (receiver != null) {
            banner.append(String.format("  Webhooks    a demo receiver at %s verifies signatures and logs each delivery to %s;%n"
                + "              subscribed to the demo partner's plan events (endpoint %s). To subscribe your own, as the partner:%n"
                + "                curl -s -X POST http://localhost:%d/api/v1/webhooks -H \"Authorization: Bearer $PARTNER\" -H 'Content-Type: application/json' \\%n"
                + "                  -d '{\"url\":\"%s\",\"eventTypes\":[\"dev.kinetic.plan.adjusted.v1\",\"dev.kinetic.plan.paused.v1\"]}'%n"
                + "              then give the receiver the secret from the answer:%n"
                + "                curl -s -X PUT %s/secrets/mine -d 'whsec_...'%n%n",
                receiver.base(), options.home().resolve("logs/webhook-receiver.log"), subscription.id(),
                    options.service("plan-service").httpPort(), receiver.url("mine"), receiver.base()));
        }
        banner.append("Tokens (Authorization: Bearer <token>, valid 12 h):\n");
        tokens().forEach((role, token) -> banner.append(String.format("  %-8s %s%n", role, token)));
        banner.append("\nPress Ctrl-C to stop everything.\n");
        out.print(banner);
        out.flush();
    }

    /** Stops the services, then Kafka, then PostgreSQL; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (receiver != null) {
            receiver.close();
            receiver = null;
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        services.clear();
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    public Path home() {
        return options.home();
    }
}

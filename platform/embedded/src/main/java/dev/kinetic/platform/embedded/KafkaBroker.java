package dev.kinetic.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) in a child JVM.
 *
 * <p>A child process rather than an in-process broker because it can be stopped and started again
 * on the same port and data, which is what a broker-outage test and a restartable local run need.
 * The child reads its classpath from {@code kafka-broker.classpath}, written at build time from this
 * module's Maven dependencies, and ends itself when its parent dies.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final String clusterId;
    private final boolean deleteOnClose;
    private Process process;

    private KafkaBroker(Path home, int port, int controllerPort, boolean deleteOnClose) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
        this.deleteOnClose = deleteOnClose;
        this.clusterId = readOrCreateClusterId(home);
    }

    /** A broker with temporary data, deleted on close, on free ports. */
    public static KafkaBroker startTemporary() {
        try {
            return start(Files.createTempDirectory("kinetic-kafka-"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker whose data lives in {@code home}, so a restart keeps topics and offsets.
     *
     * @param port the client port, or 0 for a free one
     */
    public static KafkaBroker startPersistent(Path home, int port) {
        return start(home, port, false);
    }

    private static KafkaBroker start(Path home, int port, boolean deleteOnClose) {
        KafkaBroker broker = new KafkaBroker(home, FreePort.orFree(port), FreePort.pick(), deleteOnClose);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker process and waits until it answers admin requests. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Instant begin = Instant.now();
        try {
            Path config = writeServerProperties();
            List<String> command = new ArrayList<>(List.of(
                    javaExecutable(), "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Dlog4j2.configurationFile=" + writeLog4jConfig().toUri(),
                    "-cp", brokerClasspath(),
                    KafkaBrokerMain.class.getName(), config.toString(), clusterId));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("broker.log").toFile()))
                    .start();
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker", e);
        }
        LOG.info("Kafka broker ready on {} in {} ms", bootstrapServers(),
                Duration.between(begin, Instant.now()).toMillis());
    }

    /** Shuts the broker down cleanly, keeping its data for {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
        awaitPortClosed();
    }

    /** Kills the broker without warning, as a crash or a lost node would; {@link #start()} brings it back. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        awaitPortClosed();
    }

    /** Creates the given topics if they do not exist yet. */
    public void createTopics(Collection<TopicSpec> topics) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs()))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not create topics " + topics, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    @Override
    public synchronized void close() {
        stop();
        if (deleteOnClose) {
            Directories.deleteRecursively(home);
        }
    }

    private void awaitReady() {
        Poll.until(START_TIMEOUT, Duration.ofMillis(100), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with code " + process.exitValue()
                        + "; see " + home.resolve("broker.log"));
            }
        }, () -> portOpen() && clusterAnswers(),
                () -> "Kafka broker not ready after " + START_TIMEOUT + "; see " + home.resolve("broker.log"));
    }

    private boolean clusterAnswers() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000))) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitPortClosed() {
        Poll.until(Duration.ofSeconds(10), Duration.ofMillis(50), () -> { }, () -> !portOpen(),
                () -> "Kafka broker still listening on " + port + " after it stopped");
    }

    private Path writeServerProperties() throws IOException {
        Files.createDirectories(home.resolve("data"));
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "message.max.bytes=" + KineticTopics.MAX_MESSAGE_BYTES,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // A restarted node re-registers only once its previous session expired: keep that short.
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=500",
                "log.cleaner.backoff.ms=1000",
                "");
        Path config = home.resolve("server.properties");
        Files.writeString(config, properties, StandardCharsets.UTF_8);
        return config;
    }

    private Path writeLog4jConfig() throws IOException {
        Path file = home.resolve("log4j2.properties");
        Files.writeString(file, String.join("\n",
                "appender.out.type=Console",
                "appender.out.name=out",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=%d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n",
                "rootLogger.level=WARN",
                "logger.server.name=kafka.server.KafkaRaftServer",
                "logger.server.level=INFO",
                "rootLogger.appenderRef.out.ref=out",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    private static String readOrCreateClusterId(Path home) {
        try {
            Files.createDirectories(home);
            Path file = home.resolve("cluster.id");
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String brokerClasspath() throws IOException {
        String resource = "kafka-broker.classpath";
        try (InputStream in = KafkaBroker.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: build platform/embedded with Maven first");
            }
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return ownLocation() + java.io.File.pathSeparator + dependencies;
        }
    }

    private static String ownLocation() {
        try {
            return Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", " + home + "]";
    }

}

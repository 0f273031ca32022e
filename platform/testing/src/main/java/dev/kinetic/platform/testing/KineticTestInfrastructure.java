package dev.kinetic.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.kinetic.platform.embedded.JwtKeys;
import dev.kinetic.platform.embedded.KafkaBroker;
import dev.kinetic.platform.embedded.KineticTopics;
import dev.kinetic.platform.embedded.PostgresServer;
import dev.kinetic.platform.embedded.TokenMinter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real PostgreSQL (or uses {@code KINETIC_DB_URL}) and a real Kafka broker for a
 * {@code @QuarkusTest} run, creates the service's database and the suite's topics, makes a JWT
 * key pair, and points the application at all three. Init arg {@code database} names the database.
 */
public class KineticTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** System property holding the private key file tests sign their tokens with. */
    static final String PRIVATE_KEY_PROPERTY = "kinetic.test.jwt.private-key";
    static final String PUBLIC_KEY_PROPERTY = "kinetic.test.jwt.public-key";

    private static volatile KafkaBroker broker;
    private PostgresServer postgres;
    private Path keyDirectory;
    private String database = "kinetic";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        postgres = PostgresServer.fromEnvironmentOrTemporary();
        postgres.createDatabase(database);
        broker = KafkaBroker.startTemporary();
        broker.createTopics(KineticTopics.ALL);
        try {
            keyDirectory = Files.createTempDirectory("kinetic-jwt-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JwtKeys keys = JwtKeys.inDirectory(keyDirectory);
        System.setProperty(PRIVATE_KEY_PROPERTY, keys.privateKeyPem().toString());
        System.setProperty(PUBLIC_KEY_PROPERTY, keys.publicKeyPem().toString());

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", keys.publicKeyPem().toUri().toString());
        config.put("mp.jwt.verify.issuer", TokenMinter.LOCAL_ISSUER);
        config.put("quarkus.http.cors.origins", "https://partner-app.example");
        return config;
    }

    /** The running broker, so a test can stop and start it to simulate an outage. */
    public static KafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("No broker: annotate the test with @QuarkusTestResource(KineticTestInfrastructure.class)");
        }
        return broker;
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (postgres != null) {
            postgres.close();
        }
        if (keyDirectory != null) {
            try (var files = Files.list(keyDirectory)) {
                files.forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // temporary keys; the OS cleans the rest
            }
            keyDirectory.toFile().delete();
        }
    }
}

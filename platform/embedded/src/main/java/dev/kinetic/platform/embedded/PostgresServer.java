package dev.kinetic.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests and the local run: either one this class starts from the
 * zonky binaries on Maven Central, or an existing server named by {@code KINETIC_POSTGRES_URL}.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root (CI does), zonky starts the
 * server inside a user namespace ({@code unshare -U}) where it is the unprivileged user, so no
 * extra account or sudo is needed; the machine only has to allow unprivileged user namespaces.
 */
public final class PostgresServer implements AutoCloseable {

    /** JDBC URL of an existing server, e.g. {@code jdbc:postgresql://db:5432/postgres}. */
    public static final String URL_VARIABLE = "KINETIC_POSTGRES_URL";
    public static final String USER_VARIABLE = "KINETIC_POSTGRES_USER";
    public static final String PASSWORD_VARIABLE = "KINETIC_POSTGRES_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String username;
    private final String password;
    private final Path temporaryHome;

    private PostgresServer(EmbeddedPostgres embedded, String serverUrl, String username, String password,
            Path temporaryHome) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.username = username;
        this.password = password;
        this.temporaryHome = temporaryHome;
    }

    /** The server named by {@code KINETIC_POSTGRES_URL}, if that variable is set. */
    public static Optional<PostgresServer> fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String base = url.replaceFirst("/[^/?]*(\\?.*)?$", "/");
        return Optional.of(new PostgresServer(null, base,
                Optional.ofNullable(System.getenv(USER_VARIABLE)).orElse("postgres"),
                Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).orElse(""), null));
    }

    /** A server with temporary data, deleted on close, on a free port (fsync off: test data is disposable). */
    public static PostgresServer startTemporary() {
        try {
            Path home = Files.createTempDirectory("kinetic-pg-");
            return startEmbedded(home.resolve("data"), 0, false, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server whose data directory survives restarts (fsync on). */
    public static PostgresServer startPersistent(Path dataDirectory, int port) {
        return startEmbedded(dataDirectory, port, true, null);
    }

    private static PostgresServer startEmbedded(Path dataDirectory, int port, boolean durable, Path temporaryHome) {
        Instant begin = Instant.now();
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!durable)
                    .setPort(FreePort.orFree(port))
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            LOG.info("PostgreSQL ready on port {} in {} ms", postgres.getPort(),
                    Duration.between(begin, Instant.now()).toMillis());
            return new PostgresServer(postgres, "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/",
                    "postgres", "", temporaryHome);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /** Whichever the environment asks for: the server in {@code KINETIC_POSTGRES_URL}, or a temporary embedded one. */
    public static PostgresServer fromEnvironmentOrTemporary() {
        return fromEnvironment().orElseGet(PostgresServer::startTemporary);
    }

    public String jdbcUrl(String database) {
        return serverUrl + database;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Creates the database if it does not exist (each service owns one). */
    public void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        if (embedded == null) {
            return;
        }
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.warn("PostgreSQL did not stop cleanly", e);
        }
        if (temporaryHome != null) {
            Directories.deleteRecursively(temporaryHome);
        }
    }
}

package dev.kinetic.platform.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

/**
 * Migrates the schema at start, in place of Quarkus's {@code migrate-at-start}, but starts Flyway only when there is
 * something for it to do: a migration of this build the history lacks, or one it holds with another checksum (an
 * applied migration edited since, which Flyway's validation refuses). Most starts are restarts and rolling updates
 * against a current schema, where Flyway's own start (its configuration and plugins, its lock, its queries) took
 * 0.2-0.3 s of Quarkus's start on the benchmark's 2 cores; reading the history instead saves about 0.1 s of it (the
 * first database connection, which Flyway opened, is opened here or by Hibernate). A new database, a build with
 * a new migration, or a build whose migrations cannot be listed goes through Flyway, with its lock and validation.
 */
@ApplicationScoped
public class MigrateAtStart {

    private static final Logger LOG = Logger.getLogger(MigrateAtStart.class);

    private final DataSource dataSource;
    private final Instance<Flyway> flyway;
    private final MigrationsConfig config;
    private final List<String> locations;

    public MigrateAtStart(DataSource dataSource, Instance<Flyway> flyway, MigrationsConfig config,
            @ConfigProperty(name = "quarkus.flyway.locations", defaultValue = "db/migration") List<String> locations) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.config = config;
        this.locations = locations;
    }

    /** Before every other start-up observer: they read and write the tables this creates. */
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 100) StartupEvent event) {
        Optional<Set<MigrationVersion>> unmatched = config.alwaysRunFlyway() ? Optional.empty() : unmatched();
        if (unmatched.isPresent() && unmatched.get().isEmpty()) {
            LOG.info("Schema holds every migration of this build with its checksum; Flyway not started");
            return;
        }
        unmatched.ifPresent(versions -> LOG.infof("Schema lacks %s (or holds them with other checksums); Flyway migrates", versions));
        flyway.get().migrate();
    }

    /** The build's migrations Flyway has something to do about; empty if none, absent if the build's cannot be listed. */
    Optional<Set<MigrationVersion>> unmatched() {
        return carried().map(carried -> unmatched(carried, applied()));
    }

    private Optional<Map<MigrationVersion, Integer>> carried() {
        return PackagedMigrations.checksums(Thread.currentThread().getContextClassLoader(), locations).map(service -> {
            Map<MigrationVersion, Integer> all = new HashMap<>(service);
            all.putAll(PlatformMigrations.checksums());
            return all;
        });
    }

    /** The build's migrations the history does not hold as applied successfully with the same checksum. */
    static Set<MigrationVersion> unmatched(Map<MigrationVersion, Integer> carried, Map<MigrationVersion, Integer> applied) {
        return carried.entrySet().stream().filter(m -> !applied.containsKey(m.getKey()) || !Objects.equals(applied.get(m.getKey()), m.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Flyway's history: what was applied successfully, with its checksum; nothing on a database it never migrated. */
    private Map<MigrationVersion, Integer> applied() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet history = statement.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
                if (!history.next() || !history.getBoolean(1)) {
                    return Map.of();
                }
            }
            Map<MigrationVersion, Integer> applied = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "select version, checksum from flyway_schema_history where success and version is not null")) {
                while (rows.next()) {
                    int checksum = rows.getInt(2);
                    applied.put(MigrationVersion.fromVersion(rows.getString(1)), rows.wasNull() ? null : checksum);
                }
            }
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema's migration history", e);
        }
    }
}

package dev.kinetic.platform.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 * Migrates the schema at start, in place of Quarkus's {@code migrate-at-start}, but starts Flyway only when the history
 * lacks a migration this build carries. Most starts are restarts and rolling updates against a schema already
 * current, and Flyway's start (its plugins, its connection, validating every applied checksum) was 0.3-0.6 s of each
 * one (measured with {@code StartUpBenchmark}); one query answers the question instead. A build with a new migration,
 * a new database, or a build whose migrations cannot be listed still goes through Flyway, with its lock and validation.
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
        Optional<Set<MigrationVersion>> carried = config.alwaysRunFlyway() ? Optional.empty() : carried();
        if (carried.isPresent()) {
            Set<MigrationVersion> pending = pending(carried.get(), applied());
            if (pending.isEmpty()) {
                LOG.infof("Schema holds all %d migrations of this build; Flyway not started", carried.get().size());
                return;
            }
            LOG.infof("Schema lacks %d of this build's migrations; migrating", pending.size());
        }
        flyway.get().migrate();
    }

    private Optional<Set<MigrationVersion>> carried() {
        return PackagedMigrations.versions(Thread.currentThread().getContextClassLoader(), locations).map(service -> {
            Set<MigrationVersion> all = new HashSet<>(service);
            all.addAll(PlatformMigrations.versions());
            return all;
        });
    }

    /** What the build carries and the history does not hold as applied successfully. */
    static Set<MigrationVersion> pending(Set<MigrationVersion> carried, Set<MigrationVersion> applied) {
        Set<MigrationVersion> pending = new HashSet<>(carried);
        pending.removeAll(applied);
        return pending;
    }

    /** The versions Flyway's history holds as applied successfully; none on a database it has never migrated. */
    private Set<MigrationVersion> applied() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet history = statement.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
                if (!history.next() || !history.getBoolean(1)) {
                    return Set.of();
                }
            }
            Set<MigrationVersion> applied = new HashSet<>();
            try (ResultSet rows = statement.executeQuery("select version from flyway_schema_history where success and version is not null")) {
                while (rows.next()) {
                    applied.add(MigrationVersion.fromVersion(rows.getString(1)));
                }
            }
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema's migration history", e);
        }
    }
}

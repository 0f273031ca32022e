package dev.kinetic.platform.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;

/**
 * Adds the platform's migrations (versions 0.x) to each service's own Flyway history. Out-of-order
 * is allowed so a platform migration released after a service's V5 still applies.
 */
@Singleton
public class PlatformMigrations implements FlywayConfigurationCustomizer {

    private static final List<JavaMigration> MIGRATIONS = List.of(
            new PlatformMigration("0.1", "platform outbox and inbox", "V0_1__platform_outbox_and_inbox.sql"),
            new PlatformMigration("0.2", "outbox parking", "V0_2__outbox_parking.sql"),
            new PlatformMigration("0.3", "rate limit buckets", "V0_3__rate_limit_buckets.sql"),
            new PlatformMigration("0.4", "inbox retention", "V0_4__inbox_retention.sql"));

    /** The platform's migrations by version, with the checksum Flyway records for each. */
    static Map<MigrationVersion, Integer> checksums() {
        return MIGRATIONS.stream().collect(Collectors.toUnmodifiableMap(JavaMigration::getVersion, JavaMigration::getChecksum));
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        List<JavaMigration> all = new ArrayList<>(Arrays.asList(configuration.getJavaMigrations()));
        all.addAll(MIGRATIONS);
        configuration.javaMigrations(all.toArray(JavaMigration[]::new)).outOfOrder(true);
    }
}

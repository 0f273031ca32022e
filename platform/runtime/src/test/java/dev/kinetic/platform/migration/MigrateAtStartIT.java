package dev.kinetic.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import dev.kinetic.platform.fixture.PlatformFixtureTest;
import jakarta.inject.Inject;

/** The fixture app was migrated by Flyway on a new database at its start: what it recorded is what the check reads. */
@PlatformFixtureTest
class MigrateAtStartIT {

    @Inject
    MigrateAtStart migrations;

    @Inject
    DataSource dataSource;

    @Test
    void aSchemaFlywayMigratedHoldsEveryMigrationOfTheBuildWithTheChecksumsTheCheckComputes() {
        // The fixture's own V1 (a directory on the class path) and the platform's 0.x (Java migrations).
        assertThat(migrations.unmatched()).isEqualTo(Optional.of(Set.of()));
    }

    @Test
    void anEditedMigrationAndAFailedOneAreLeftToFlyway() throws SQLException {
        try {
            execute("update flyway_schema_history set checksum = checksum + 1 where version = '1'");
            execute("update flyway_schema_history set success = false where version = '0.2'");
            assertThat(migrations.unmatched()).isEqualTo(Optional.of(Set.of(MigrationVersion.fromVersion("1"), MigrationVersion.fromVersion("0.2"))));
        } finally {
            execute("update flyway_schema_history set checksum = checksum - 1 where version = '1'");
            execute("update flyway_schema_history set success = true where version = '0.2'");
        }
        assertThat(migrations.unmatched()).isEqualTo(Optional.of(Set.of()));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}

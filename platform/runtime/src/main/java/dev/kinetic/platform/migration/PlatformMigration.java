package dev.kinetic.platform.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One migration of the platform's own tables, read from an SQL file in this jar. Registered
 * explicitly (not found by classpath scanning) so every service gets it without configuration.
 */
final class PlatformMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final String sql;

    PlatformMigration(String version, String description, String resource) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.sql = read(resource);
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(sql.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(sql);
        }
    }

    private static String read(String resource) {
        try (InputStream in = PlatformMigration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing platform migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

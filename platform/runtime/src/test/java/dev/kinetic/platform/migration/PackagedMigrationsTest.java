package dev.kinetic.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kinetic.platform.migration.PackagedMigrations.MigrationFile;

class PackagedMigrationsTest {

    private static final String TABLES = "create table a (id bigint);\ncreate index on a (id);\n";

    @TempDir
    Path temp;

    @Test
    void versionsFollowFlywaysNamingAndIgnoreOtherFiles() {
        assertThat(versionsOf(List.of(file("V1__tables.sql"), file("V1_2__an_index.sql"), file("V10__more.sql"),
                file("V0.3__dotted.sql"), file("notes.md"), file("V2_tables.sql"), file("U3__undo.sql"), file("V4__not_sql.txt"))))
                .isEqualTo(versions("1", "1.2", "10", "0.3"));
    }

    @Test
    void aRepeatableMigrationLeavesTheAnswerToFlyway() {
        assertThat(PackagedMigrations.of(List.of(file("V1__tables.sql"), file("R__views.sql")))).isEmpty();
    }

    @Test
    void theChecksumIsFlywaysOfTheText() {
        int checksum = checksumOf(new MigrationFile("V1__tables.sql", TABLES));
        // Flyway reads line by line: the line breaks a checkout chooses do not change it, an edit does.
        assertThat(checksumOf(new MigrationFile("V1__tables.sql", TABLES.replace("\n", "\r\n")))).isEqualTo(checksum);
        assertThat(checksumOf(new MigrationFile("V1__tables.sql", TABLES.replace("bigint", "integer")))).isNotEqualTo(checksum);
    }

    @Test
    void readsADirectoryOnDiskAndItsSubdirectories() throws IOException {
        Path root = temp.resolve("classes");
        write(root.resolve("db/migration/V1__tables.sql"), TABLES);
        write(root.resolve("db/migration/later/V2_1__index.sql"), "select 2;");
        write(root.resolve("db/other/V9__elsewhere.sql"), "select 9;");
        try (URLClassLoader loader = loader(root.toUri().toURL())) {
            Map<MigrationVersion, Integer> found = PackagedMigrations.checksums(loader, List.of("db/migration")).orElseThrow();
            assertThat(found.keySet()).isEqualTo(versions("1", "2.1"));
            assertThat(found.get(MigrationVersion.fromVersion("1"))).isEqualTo(checksumOf(new MigrationFile("V1__tables.sql", TABLES)));
            assertThat(PackagedMigrations.checksums(loader, List.of("classpath:db/migration", "db/other")).orElseThrow().keySet())
                    .isEqualTo(versions("1", "2.1", "9"));
        }
    }

    @Test
    void readsADirectoryInsideAJar() throws IOException {
        Path jar = temp.resolve("service.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("db/", "db/migration/", "db/migration/V1__tables.sql", "db/migration/V3__search.sql",
                    "db/migration/sub/V4__deeper.sql", "db/migrationish/V8__not_here.sql", "dev/Some.class")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write(TABLES.getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = loader(jar.toUri().toURL())) {
            Map<MigrationVersion, Integer> found = PackagedMigrations.checksums(loader, List.of("db/migration")).orElseThrow();
            assertThat(found.keySet()).isEqualTo(versions("1", "3", "4"));
            assertThat(found.get(MigrationVersion.fromVersion("3"))).isEqualTo(checksumOf(new MigrationFile("V3__search.sql", TABLES)));
        }
    }

    @Test
    void theSameDirectoryInTwoClassPathEntriesCountsBoth() throws IOException {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        write(first.resolve("db/migration/V1__tables.sql"), TABLES);
        write(second.resolve("db/migration/V2__more.sql"), TABLES);
        try (URLClassLoader loader = loader(first.toUri().toURL(), second.toUri().toURL())) {
            assertThat(PackagedMigrations.checksums(loader, List.of("db/migration")).orElseThrow().keySet()).isEqualTo(versions("1", "2"));
        }
    }

    @Test
    void aLocationOutsideTheClassPathLeavesTheAnswerToFlyway() throws IOException {
        try (URLClassLoader loader = loader()) {
            assertThat(PackagedMigrations.checksums(loader, List.of("db/migration", "filesystem:/srv/migrations"))).isEmpty();
            assertThat(PackagedMigrations.checksums(loader, List.of("db/migration"))).contains(Map.of());
        }
    }

    @Test
    void flywayHasWorkForAMigrationTheHistoryLacksOrHoldsWithAnotherChecksum() {
        Map<MigrationVersion, Integer> carried = Map.of(v("0.1"), 11, v("1"), 12, v("2"), 13);
        assertThat(MigrateAtStart.unmatched(carried, Map.of(v("0.1"), 11, v("1"), 12, v("2"), 13, v("3"), 14))).isEmpty();
        assertThat(MigrateAtStart.unmatched(carried, Map.of(v("0.1"), 11, v("2"), 13))).isEqualTo(Set.of(v("1")));
        assertThat(MigrateAtStart.unmatched(carried, Map.of(v("0.1"), 11, v("1"), 99, v("2"), 13))).isEqualTo(Set.of(v("1")));
        assertThat(MigrateAtStart.unmatched(carried, Map.of())).isEqualTo(carried.keySet());
    }

    private static MigrationFile file(String name) {
        return new MigrationFile(name, "select 1;");
    }

    private static Set<MigrationVersion> versionsOf(List<MigrationFile> files) {
        return PackagedMigrations.of(files).orElseThrow().keySet();
    }

    private static int checksumOf(MigrationFile file) {
        return PackagedMigrations.of(List.of(file)).orElseThrow().values().iterator().next();
    }

    private static MigrationVersion v(String version) {
        return MigrationVersion.fromVersion(version);
    }

    private static Set<MigrationVersion> versions(String... versions) {
        return Arrays.stream(versions).map(MigrationVersion::fromVersion).collect(Collectors.toSet());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static URLClassLoader loader(URL... urls) {
        return new URLClassLoader(urls, null);
    }
}

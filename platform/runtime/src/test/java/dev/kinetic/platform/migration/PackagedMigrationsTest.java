package dev.kinetic.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagedMigrationsTest {

    @TempDir
    Path temp;

    @Test
    void versionsFollowFlywaysNamingAndIgnoreOtherFiles() {
        assertThat(PackagedMigrations.of(List.of("V1__tables.sql", "V1_2__an_index.sql", "V10__more.sql", "V0.3__dotted.sql",
                "notes.md", "V2_tables.sql", "U3__undo.sql", "V4__not_sql.txt")))
                .contains(versions("1", "1.2", "10", "0.3"));
    }

    @Test
    void aRepeatableMigrationLeavesTheAnswerToFlyway() {
        assertThat(PackagedMigrations.of(List.of("V1__tables.sql", "R__views.sql"))).isEmpty();
    }

    @Test
    void readsADirectoryOnDiskAndItsSubdirectories() throws IOException {
        Path root = temp.resolve("classes");
        write(root.resolve("db/migration/V1__tables.sql"));
        write(root.resolve("db/migration/later/V2_1__index.sql"));
        write(root.resolve("db/other/V9__elsewhere.sql"));
        try (URLClassLoader loader = loader(root.toUri().toURL())) {
            assertThat(PackagedMigrations.versions(loader, List.of("db/migration"))).contains(versions("1", "2.1"));
            assertThat(PackagedMigrations.versions(loader, List.of("classpath:db/migration", "db/other")))
                    .contains(versions("1", "2.1", "9"));
        }
    }

    @Test
    void readsADirectoryInsideAJar() throws IOException {
        Path jar = temp.resolve("service.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("db/", "db/migration/", "db/migration/V1__tables.sql", "db/migration/V3__search.sql",
                    "db/migration/sub/V4__deeper.sql", "db/migrationish/V8__not_here.sql", "dev/Some.class")) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = loader(jar.toUri().toURL())) {
            assertThat(PackagedMigrations.versions(loader, List.of("db/migration"))).contains(versions("1", "3", "4"));
        }
    }

    @Test
    void theSameDirectoryInTwoClassPathEntriesCountsBoth() throws IOException {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        write(first.resolve("db/migration/V1__tables.sql"));
        write(second.resolve("db/migration/V2__more.sql"));
        try (URLClassLoader loader = loader(first.toUri().toURL(), second.toUri().toURL())) {
            assertThat(PackagedMigrations.versions(loader, List.of("db/migration"))).contains(versions("1", "2"));
        }
    }

    @Test
    void aLocationOutsideTheClassPathLeavesTheAnswerToFlyway() throws IOException {
        try (URLClassLoader loader = loader()) {
            assertThat(PackagedMigrations.versions(loader, List.of("db/migration", "filesystem:/srv/migrations"))).isEmpty();
            assertThat(PackagedMigrations.versions(loader, List.of("db/migration"))).contains(Set.of());
        }
    }

    @Test
    void pendingIsWhatTheBuildCarriesAndTheHistoryLacks() {
        assertThat(MigrateAtStart.pending(versions("0.1", "1", "2"), versions("0.1", "1", "2", "3"))).isEmpty();
        assertThat(MigrateAtStart.pending(versions("0.1", "0.2", "1", "2"), versions("0.1", "1", "2"))).isEqualTo(versions("0.2"));
        assertThat(MigrateAtStart.pending(versions("1", "2"), Set.of())).isEqualTo(versions("1", "2"));
    }

    private static Set<MigrationVersion> versions(String... versions) {
        return java.util.Arrays.stream(versions).map(MigrationVersion::fromVersion).collect(java.util.stream.Collectors.toSet());
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("select 1;".getBytes());
        }
    }

    private static URLClassLoader loader(URL... urls) {
        return new URLClassLoader(urls, null);
    }
}

package dev.kinetic.platform.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;

/**
 * The versions of the SQL migrations a build carries, read from its class path without starting Flyway: Flyway's
 * naming ({@code V<version>__<description>.sql}, underscores in the version for dots). Empty when it cannot tell for
 * certain (a repeatable migration, a location outside the class path, a class path entry it cannot list): then only
 * Flyway can say whether anything is pending.
 */
final class PackagedMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__.*\\.sql");

    private PackagedMigrations() {
    }

    /** The versions under {@code locations} (Flyway's syntax: {@code db/migration} or {@code classpath:db/migration}). */
    static Optional<Set<MigrationVersion>> versions(ClassLoader loader, List<String> locations) {
        Set<MigrationVersion> versions = new HashSet<>();
        for (String location : locations) {
            String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            if (path.contains(":")) {
                return Optional.empty(); // filesystem:, s3: … : not ours to list
            }
            path = path.replaceAll("^/+|/+$", "");
            List<String> names = new ArrayList<>();
            try {
                for (URL url : Collections.list(loader.getResources(path))) {
                    Optional<List<String>> listed = list(url, path);
                    if (listed.isEmpty()) {
                        return Optional.empty();
                    }
                    names.addAll(listed.get());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list the migrations in " + path, e);
            }
            Optional<Set<MigrationVersion>> named = of(names);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            versions.addAll(named.get());
        }
        return Optional.of(Set.copyOf(versions));
    }

    /** The versions these file names (without directories) declare; empty if one is a repeatable migration. */
    static Optional<Set<MigrationVersion>> of(List<String> fileNames) {
        Set<MigrationVersion> versions = new HashSet<>();
        for (String name : fileNames) {
            if (REPEATABLE.matcher(name).matches()) {
                return Optional.empty();
            }
            Matcher versioned = VERSIONED.matcher(name);
            if (versioned.matches()) {
                versions.add(MigrationVersion.fromVersion(versioned.group(1).replace('_', '.')));
            }
        }
        return Optional.of(versions);
    }

    /**
     * The names of the files in the directory {@code url} names, at any depth (Flyway looks in subdirectories too): a
     * directory on disk or one inside a jar.
     */
    private static Optional<List<String>> list(URL url, String path) throws IOException {
        switch (url.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
                    return Optional.of(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList());
                } catch (URISyntaxException e) {
                    return Optional.empty();
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = path + "/";
                    return Optional.of(jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && !n.endsWith("/"))
                            .map(n -> n.substring(n.lastIndexOf('/') + 1)).toList());
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}

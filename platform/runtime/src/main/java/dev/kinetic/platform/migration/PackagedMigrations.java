package dev.kinetic.platform.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.StringResource;

/**
 * The SQL migrations a build carries, by version with the checksum Flyway records for each, read from the class path
 * without starting Flyway: Flyway's naming ({@code V<version>__<description>.sql}, underscores in the version for
 * dots, in subdirectories too) and Flyway's own checksum of the text. Empty when it cannot tell for certain (a
 * repeatable migration, a location outside the class path, a class path entry it cannot list): then only Flyway can
 * say whether anything is to be done.
 */
final class PackagedMigrations {

    /** One migration file: its name without directories, and its text. */
    record MigrationFile(String name, String text) {
    }

    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__.*\\.sql");

    private PackagedMigrations() {
    }

    /** The migrations under {@code locations} (Flyway's syntax: {@code db/migration} or {@code classpath:db/migration}). */
    static Optional<Map<MigrationVersion, Integer>> checksums(ClassLoader loader, List<String> locations) {
        List<MigrationFile> files = new ArrayList<>();
        for (String location : locations) {
            String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            if (path.contains(":")) {
                return Optional.empty(); // filesystem:, s3: … : not ours to list
            }
            path = path.replaceAll("^/+|/+$", "");
            try {
                for (URL url : Collections.list(loader.getResources(path))) {
                    Optional<List<MigrationFile>> listed = list(url, path);
                    if (listed.isEmpty()) {
                        return Optional.empty();
                    }
                    files.addAll(listed.get());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the migrations in " + path, e);
            }
        }
        return of(files);
    }

    /** The versions these files declare, with their checksums; empty if one is a repeatable migration. */
    static Optional<Map<MigrationVersion, Integer>> of(List<MigrationFile> files) {
        Map<MigrationVersion, Integer> checksums = new HashMap<>();
        for (MigrationFile file : files) {
            if (REPEATABLE.matcher(file.name()).matches()) {
                return Optional.empty();
            }
            Matcher versioned = VERSIONED.matcher(file.name());
            if (versioned.matches()) {
                checksums.put(MigrationVersion.fromVersion(versioned.group(1).replace('_', '.')),
                        ChecksumCalculator.calculate(new StringResource(file.text())));
            }
        }
        return Optional.of(checksums);
    }

    /** The files in the directory {@code url} names, at any depth: a directory on disk or one inside a jar. */
    private static Optional<List<MigrationFile>> list(URL url, String path) throws IOException {
        switch (url.getProtocol()) {
            case "file" -> {
                try (Stream<Path> walk = Files.walk(Path.of(url.toURI()))) {
                    List<MigrationFile> files = new ArrayList<>();
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        files.add(new MigrationFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                    }
                    return Optional.of(files);
                } catch (URISyntaxException e) {
                    return Optional.empty();
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = path + "/";
                    List<MigrationFile> files = new ArrayList<>();
                    for (JarEntry entry : jar.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory()).toList()) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            files.add(new MigrationFile(entry.getName().substring(entry.getName().lastIndexOf('/') + 1),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                    return Optional.of(files);
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}

package dev.kinetic.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a packaged service starts fast on the JVM running it. On JDK 25 or later: an AOT cache (JEP 483, 514, 515:
 * classes loaded and linked, and method profiles, from a training run). A service without a current cache trains
 * one on that run, written when it stops, and uses it from the next start on; a rebuilt service trains again.
 * On earlier JDKs: the AppCDS archive its build packaged, when there is one. Either way a JVM that cannot use the
 * file (another JDK build, another class path) only starts slower.
 */
final class StartUpCache {

    static final int FIRST_AOT_CACHE_JDK = 25;
    static final String AOT_CACHE = "app.aot";
    static final String APP_CDS = "app-cds.jsa";

    private StartUpCache() {
    }

    /** The JVM options for the service packaged in {@code app} (its quarkus-app directory), run by JDK {@code feature}. */
    static List<String> options(Path app, int feature) {
        if (feature >= FIRST_AOT_CACHE_JDK) {
            return isCurrent(app) ? List.of("-XX:AOTCache=" + AOT_CACHE) : List.of("-XX:AOTCacheOutput=" + AOT_CACHE);
        }
        return Files.exists(app.resolve(APP_CDS)) ? List.of("-XX:SharedArchiveFile=" + APP_CDS) : List.of();
    }

    /** Whether a start of the service in {@code app} by JDK {@code feature} would train a cache rather than use one. */
    static boolean trains(Path app, int feature) {
        return feature >= FIRST_AOT_CACHE_JDK && !isCurrent(app);
    }

    /** A cache younger than the application it was trained on. */
    private static boolean isCurrent(Path app) {
        Path cache = app.resolve(AOT_CACHE);
        try {
            return Files.exists(cache)
                    && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(app.resolve("quarkus-run.jar"))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

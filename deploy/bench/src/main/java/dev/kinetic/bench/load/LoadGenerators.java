package dev.kinetic.bench.load;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The generator a harness run uses: Gatling, with its HTML reports, or with {@code -Dkinetic.bench.generator=vertx}
 * the Vert.x one, lighter on two shared cores and bounded on its own side (64 connections, 512 in flight), to tell
 * the generator's cost from the service's. Gatling's open model places every request that falls due, however many
 * are outstanding; the services bound that themselves (an API request beyond a replica's in-flight limit is
 * answered 503 at once), which is what a burst from real partners needs too.
 */
public final class LoadGenerators {

    public static final String PROPERTY = "kinetic.bench.generator";

    private LoadGenerators() {
    }

    public static LoadGenerator chosen(Path gatlingReports) {
        return named(System.getProperty(PROPERTY, "gatling"), gatlingReports);
    }

    public static LoadGenerator named(String name, Path gatlingReports) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "gatling" -> new GatlingLoad(gatlingReports);
            case "vertx" -> new VertxLoad();
            default -> throw new IllegalArgumentException("the load generator is gatling or vertx, not " + name);
        };
    }
}

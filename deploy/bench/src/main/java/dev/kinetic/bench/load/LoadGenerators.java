package dev.kinetic.bench.load;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The generator a harness run uses: the Vert.x one, or with {@code -Dkinetic.bench.generator=gatling} Gatling, with
 * its HTML reports. The Vert.x generator is the default because it bounds what it sends (64 connections, 512 in
 * flight, the rest dropped and counted): Gatling's open model opens a connection for every request it cannot place,
 * and at the 1,000 plans/s target it opened tens of thousands, ran out of file descriptors and drove plan-service out
 * of heap (since then, creations beyond a bulkhead are shed with 503). It is also lighter on two shared cores.
 */
public final class LoadGenerators {

    public static final String PROPERTY = "kinetic.bench.generator";

    private LoadGenerators() {
    }

    public static LoadGenerator chosen(Path gatlingReports) {
        return named(System.getProperty(PROPERTY, "vertx"), gatlingReports);
    }

    public static LoadGenerator named(String name, Path gatlingReports) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "gatling" -> new GatlingLoad(gatlingReports);
            case "vertx" -> new VertxLoad();
            default -> throw new IllegalArgumentException("the load generator is gatling or vertx, not " + name);
        };
    }
}

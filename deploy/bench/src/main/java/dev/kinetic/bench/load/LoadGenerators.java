package dev.kinetic.bench.load;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The generator a harness run uses: the Vert.x one, or with {@code -Dkinetic.bench.generator=gatling} Gatling, with
 * its HTML reports. The Vert.x generator is the default because on two cores shared with the suite it is not the
 * bottleneck: in a full run on 2026-12-04 Gatling's open model could not keep half of a trivial endpoint's peak
 * (8,000-10,000/s). Its own queue gave p99s of 1.6-5 s, and it opened a connection for each request it could not
 * place until the file descriptors ran out. Where it keeps up, it still takes more of the cores the services
 * share (it also decodes the compressed answers), so the peaks it measures are lower.
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

package dev.kinetic.bench.load;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The generator a harness run uses: Gatling, or with {@code -Dkinetic.bench.generator=vertx} the lighter Vert.x
 * one, to tell on a small machine what is the service and what is the generator's own cost.
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

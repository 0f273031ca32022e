package dev.kinetic.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * What the Deployments' images start from. A JVM maps a class-data archive only if its own build wrote it (it
 * compares the archive's header with its version and build string and otherwise starts without it, which JDK 17 logs
 * only at {@code -Xlog:cds}'s info level), so
 * an image's AppCDS archive must be written by the image's base JVM: Quarkus does that in Docker or Podman when an
 * image is built, unless told to use the building JDK ({@code use-container=false}) or another builder image.
 */
class ImagesTest {

    private static final String ENABLED = "quarkus.package.jar.appcds.enabled";
    private static final String USE_CONTAINER = "quarkus.package.jar.appcds.use-container";
    private static final String BUILDER_IMAGE = "quarkus.package.jar.appcds.builder-image";

    @Test
    void everyImageStartsFromAnArchiveItsOwnJvmWrote() {
        for (String service : ServiceContract.SERVICES) {
            Properties config = ServiceContract.config(service);
            assertThat(config.getProperty(ENABLED)).as(service + " packages an AppCDS archive").isEqualTo("true");
            assertThat(archiveWrittenElsewhere(service, config)).isEmpty();
        }
    }

    @Test
    void anArchiveFromTheBuildingJdkOrAnotherImageIsCaught() {
        Properties building = ServiceContract.config("plan-service");
        building.setProperty(USE_CONTAINER, "false");
        assertThat(archiveWrittenElsewhere("plan-service", building)).singleElement().asString()
                .contains("plan-service").contains("the building JDK");
        Properties other = ServiceContract.config("exercise-service");
        other.setProperty(BUILDER_IMAGE, "registry.example/some-jdk:17");
        assertThat(archiveWrittenElsewhere("exercise-service", other)).singleElement().asString()
                .contains("exercise-service").contains("registry.example/some-jdk:17");
        Properties none = ServiceContract.config("content-service");
        none.setProperty(ENABLED, "false");
        none.setProperty(USE_CONTAINER, "false");
        assertThat(archiveWrittenElsewhere("content-service", none)).as("no archive, nothing to refuse").isEmpty();
    }

    /** Why the image's JVM would refuse the archive the image is built with, if it would. */
    static List<String> archiveWrittenElsewhere(String service, Properties config) {
        List<String> broken = new ArrayList<>();
        if (!Boolean.parseBoolean(config.getProperty(ENABLED, "false"))) {
            return broken;
        }
        if ("false".equalsIgnoreCase(config.getProperty(USE_CONTAINER, "true").trim())) {
            broken.add(service + ": an image's AppCDS archive would be written by the building JDK, which the image's JVM refuses ("
                    + USE_CONTAINER + "=false)");
        }
        String builder = config.getProperty(BUILDER_IMAGE);
        if (builder != null && !builder.equals(config.getProperty("quarkus.jib.base-jvm-image"))) {
            broken.add(service + ": an image's AppCDS archive would be written by " + builder + ", not by the image's base JVM");
        }
        return broken;
    }
}

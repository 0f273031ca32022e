package dev.kinetic.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the child JVM that runs the Kafka broker. It formats the log directory on first
 * use and then hands over to Kafka's own main. A watchdog ends the broker when the parent process
 * goes away (its end of our stdin closes), so a killed test run or launcher leaves no orphan broker.
 *
 * <p>Arguments: {@code <server.properties> <cluster-id>}.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        String config = args[0];
        String clusterId = args[1];
        startParentWatchdog();
        Path logDir = Path.of(config).getParent().resolve("data");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int rc = kafka.tools.StorageTool.execute(
                    new String[] {"format", "-t", clusterId, "-c", config, "--ignore-formatted"}, System.out);
            if (rc != 0) {
                System.err.println("Kafka storage format failed with exit code " + rc);
                System.exit(rc);
            }
        }
        kafka.Kafka.main(new String[] {config});
    }

    private static void startParentWatchdog() {
        Thread watchdog = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // the parent never writes; reading only detects that it has gone
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of stream
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}

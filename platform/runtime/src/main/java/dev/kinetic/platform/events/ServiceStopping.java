package dev.kinetic.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether this service has begun to stop: from a JVM shutdown hook, which starts with Quarkus's own at SIGTERM (whose
 * shutdown closes Hibernate and the connection pool before the Kafka consumers), or from Quarkus's shutdown event for
 * a stop from within (a test's application, say).
 */
@ApplicationScoped
public class ServiceStopping {

    private static volatile boolean jvmStopping;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> jvmStopping = true, "kinetic-stopping"));
        } catch (IllegalStateException alreadyStopping) {
            jvmStopping = true;
        }
    }

    private volatile boolean stopped;

    void stop(@Observes @Priority(1) ShutdownEvent event) {
        stopped = true;
    }

    /** True from the moment the service starts to stop. */
    public boolean now() {
        return stopped || jvmStopping;
    }
}

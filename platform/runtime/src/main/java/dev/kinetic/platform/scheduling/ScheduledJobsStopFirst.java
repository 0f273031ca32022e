package dev.kinetic.platform.scheduling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Stops starting scheduled jobs as soon as a service begins to stop. Quarkus stops its scheduler only when it destroys
 * the beans, after Hibernate has closed and after the Kafka channels' grace for records in flight (seconds), so a job
 * started in between ran against a closed EntityManagerFactory, or against beans it brought back to life in a container
 * going down, and logged an error at the stop. A job already running is left to finish. A service without the
 * scheduler extension has no {@link Scheduler} bean, and nothing to pause.
 */
@ApplicationScoped
class ScheduledJobsStopFirst {

    void onStop(@Observes @Priority(1) ShutdownEvent event, Instance<Scheduler> scheduler) {
        if (scheduler.isResolvable()) {
            scheduler.get().pause();
        }
    }
}

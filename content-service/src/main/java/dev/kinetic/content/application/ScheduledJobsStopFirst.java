package dev.kinetic.content.application;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Stops starting scheduled jobs as soon as the service begins to stop. Quarkus stops its scheduler only when it
 * destroys the beans, after Hibernate has closed and after the Kafka channels' grace for records in flight (seconds),
 * so the search index's refresh (every second) and the publication of due articles ran against a closed
 * EntityManagerFactory in between and logged an error at every stop. A job already running is left to finish.
 */
@ApplicationScoped
class ScheduledJobsStopFirst {

    void onStop(@Observes ShutdownEvent event, Scheduler scheduler) {
        scheduler.pause();
    }
}

package dev.kinetic.platform.events;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How a consumer gets a record's work done when an attempt fails. A record at fault ({@link FailureCause#RECORD}) is
 * dead-lettered at once, as before. A failure of a dependency is not the record's fault: the work is tried again after
 * a pause that doubles up to {@link #MAX_PAUSE}, for as long as it takes (the partition waits, keeping its order). And
 * once the service is stopping, a failed record is left unacknowledged, so the replica that reads the partition next
 * processes it: a rolling restart, which closes the database before the consumers, dead-letters nothing.
 */
@ApplicationScoped
public class RecordAttempts {

    /** Attempts that failed for a dependency and are tried again, by the work's name. */
    public static final String RETRIES = "kinetic.consumer.retries";
    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(RecordAttempts.class);

    /** How the work ended. */
    public enum Outcome {
        /** Done: acknowledge the record. */
        DONE,
        /** The record is at fault: send it to the dead-letter topic. */
        DEAD_LETTER,
        /** The service is stopping: neither acknowledge nor dead-letter it, so it is read again. */
        LEAVE
    }

    /** An ending, with the failure that decided it (null when done). */
    public record Result(Outcome outcome, RuntimeException failure) {
    }

    /** Waits between attempts; interrupted, the waiting stops and so do the attempts. */
    interface Pause {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final BooleanSupplier stopping;
    private final Pause pause;
    private final MeterRegistry registry;

    @Inject
    public RecordAttempts(ServiceStopping stopping, MeterRegistry registry) {
        this(stopping::now, pause -> Thread.sleep(pause.toMillis()), registry);
    }

    RecordAttempts(BooleanSupplier stopping, Pause pause, MeterRegistry registry) {
        this.stopping = stopping;
        this.pause = pause;
        this.registry = registry;
    }

    /**
     * Runs {@code work} for {@code message} as {@link #run} does and settles the message by the outcome: acknowledged
     * when done, dead-lettered (through the channel's failure strategy) when at fault, neither when the service stops.
     */
    public CompletionStage<Void> settle(Message<?> message, String what, Runnable work) {
        Result result = run(what, work);
        return switch (result.outcome()) {
            case DONE -> message.ack();
            case DEAD_LETTER -> message.nack(result.failure());
            case LEAVE -> CompletableFuture.completedFuture(null);
        };
    }

    /** Runs {@code work} until it is done, proves the record at fault, or the service stops. */
    public Result run(String what, Runnable work) {
        Duration next = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return new Result(Outcome.DONE, null);
            } catch (RuntimeException e) {
                if (stopping.getAsBoolean()) {
                    LOG.infof("%s failed while the service stops; left to be read again: %s", what, e.toString());
                    return new Result(Outcome.LEAVE, e);
                }
                if (FailureCause.of(e) == FailureCause.RECORD) {
                    return new Result(Outcome.DEAD_LETTER, e);
                }
                LOG.warnf("%s failed (attempt %d), trying again in %d ms: %s", what, attempt, next.toMillis(), e.toString());
                // An operator's signal that a consumer is waiting out its database, not dead-lettering.
                registry.counter(RETRIES, "work", what).increment();
                try {
                    pause.sleep(next);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return new Result(Outcome.LEAVE, e);
                }
                Duration doubled = next.multipliedBy(2);
                next = doubled.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : doubled;
            }
        }
    }
}

package dev.kinetic.plan.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.Topics;
import dev.kinetic.plan.application.PlanEventReceived;
import dev.kinetic.plan.application.QueueWebhookDeliveries;
import dev.kinetic.platform.events.DeadLettered;
import dev.kinetic.platform.events.RecordAttempts;
import dev.kinetic.platform.events.RecordAttempts.Outcome;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads plan-events in one consumer group for all replicas and queues each event's webhooks (idempotent by event id),
 * a poll's worth at a time in one transaction: per record, the hand-offs between the consumer's event loop and a
 * worker cost more than the work on a loaded machine, and capped the consumer below the rate plans change. A record
 * that can never be processed goes alone to the dead-letter topic; if the batch's transaction fails for a record's
 * sake, its records are tried one by one, so only the one at fault is dead-lettered. A failure of the database is
 * tried again until it passes, and records that fail while the service stops are left to be read again
 * ({@link RecordAttempts}). The batch is acknowledged once all its records are queued or dead-lettered.
 */
@ApplicationScoped
public class PlanEventWebhooks {

    private static final Logger LOG = Logger.getLogger(PlanEventWebhooks.class);

    private final QueueWebhookDeliveries queue;
    private final ObjectMapper mapper;
    private final RecordAttempts attempts;

    public PlanEventWebhooks(QueueWebhookDeliveries queue, ObjectMapper mapper, RecordAttempts attempts) {
        this.queue = queue;
        this.mapper = mapper;
        this.attempts = attempts;
    }

    /** A record of the batch and the event it holds. */
    private record Read(KafkaRecord<String, String> record, PlanEventReceived event) {
    }

    @Incoming(Topics.PLAN_EVENTS)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Read> read = new ArrayList<>();
        DeadLettered deadLettered = new DeadLettered();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                read.add(new Read(record, PlanEventRecords.read(record, mapper)));
            } catch (RuntimeException e) {
                deadLettered.add(record, e);
            }
        }
        boolean left = !read.isEmpty() && queued(read, deadLettered) == Outcome.LEAVE;
        // Records left while stopping are read again by the next owner of their partition: the batch stays unacknowledged.
        return left ? deadLettered.sent() : deadLettered.thenAck(batch);
    }

    /** Queues the batch's events, all at once or one by one; LEAVE if the service stopped before all were done. */
    private Outcome queued(List<Read> read, DeadLettered deadLettered) {
        List<PlanEventReceived> events = read.stream().map(Read::event).toList();
        RecordAttempts.Result all = attempts.run("Queueing a poll of plan events", () -> queue.queueAll(events));
        if (all.outcome() != Outcome.DEAD_LETTER) {
            return all.outcome();
        }
        LOG.warnf("Queueing %d plan events at once failed, one at a time now: %s", read.size(), all.failure().toString());
        for (Read one : read) {
            RecordAttempts.Result single = attempts.run("Queueing a plan event", () -> queue.queue(one.event()));
            if (single.outcome() == Outcome.LEAVE) {
                return Outcome.LEAVE;
            }
            if (single.outcome() == Outcome.DEAD_LETTER) {
                deadLettered.add(one.record(), single.failure());
            }
        }
        return Outcome.DONE;
    }
}

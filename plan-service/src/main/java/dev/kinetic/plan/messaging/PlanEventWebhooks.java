package dev.kinetic.plan.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.Topics;
import dev.kinetic.plan.application.PlanEventReceived;
import dev.kinetic.plan.application.QueueWebhookDeliveries;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads plan-events in one consumer group for all replicas and queues each event's webhooks (idempotent by event id),
 * a poll's worth at a time in one transaction: per record, the hand-offs between the consumer's event loop and a
 * worker cost more than the work on a loaded machine, and capped the consumer below the rate plans change. A record
 * that can never be processed goes alone to the dead-letter topic; if the batch's transaction fails, its records are
 * tried one by one, so only the one that fails is dead-lettered. The batch is acknowledged once all that is done.
 */
@ApplicationScoped
public class PlanEventWebhooks {

    private static final Logger LOG = Logger.getLogger(PlanEventWebhooks.class);

    private final QueueWebhookDeliveries queue;
    private final ObjectMapper mapper;

    public PlanEventWebhooks(QueueWebhookDeliveries queue, ObjectMapper mapper) {
        this.queue = queue;
        this.mapper = mapper;
    }

    /** A record of the batch and the event it holds. */
    private record Read(KafkaRecord<String, String> record, PlanEventReceived event) {
    }

    @Incoming(Topics.PLAN_EVENTS)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Read> read = new ArrayList<>();
        List<CompletionStage<Void>> deadLettered = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                read.add(new Read(record, PlanEventRecords.read(record, mapper)));
            } catch (RuntimeException e) {
                deadLettered.add(record.nack(e));
            }
        }
        if (!read.isEmpty()) {
            try {
                queue.queueAll(read.stream().map(Read::event).toList());
            } catch (RuntimeException e) {
                LOG.warnf("Queueing %d plan events at once failed, one at a time now: %s", read.size(), e.toString());
                for (Read one : read) {
                    try {
                        queue.queue(one.event());
                    } catch (RuntimeException single) {
                        deadLettered.add(one.record().nack(single));
                    }
                }
            }
        }
        return CompletableFuture.allOf(deadLettered.stream().map(CompletionStage::toCompletableFuture).toArray(CompletableFuture[]::new))
                .thenCompose(done -> batch.ack());
    }
}

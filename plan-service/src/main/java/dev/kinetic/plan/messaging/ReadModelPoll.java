package dev.kinetic.plan.messaging;

import java.util.function.Consumer;

import dev.kinetic.plan.readmodel.TopicCatchUp;
import dev.kinetic.platform.events.DeadLettered;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * One poll of a topic a read model follows, applied a record at a time: a replica reads the whole topic before it is
 * ready, and one hand-off to a worker per record made that slow (982 catalog records took 0.55 s of a start, 200
 * published articles about a second). A record that cannot be applied goes alone to the dead-letter topic.
 */
final class ReadModelPoll {

    private ReadModelPoll() {
    }

    /** Applies each record of {@code poll}; the caller acknowledges the poll once the returned dead letters are sent. */
    static DeadLettered applyEach(KafkaRecordBatch<String, String> poll, TopicCatchUp catchUp,
            Consumer<KafkaRecord<String, String>> apply) {
        DeadLettered deadLettered = new DeadLettered();
        for (KafkaRecord<String, String> record : poll.getRecords()) {
            try {
                apply.accept(record);
            } catch (RuntimeException e) {
                deadLettered.add(record, e);
            } finally {
                // A dead-lettered record counts as read too, or the replica would never become ready.
                IncomingKafkaRecordMetadata<?, ?> read = record.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
                catchUp.consumed(read.getPartition(), read.getOffset());
            }
        }
        return deadLettered;
    }
}

package dev.kinetic.plan.messaging;

import java.util.Collection;
import java.util.concurrent.CompletionStage;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.plan.application.PlanEventNotice;
import dev.kinetic.plan.persistence.PlanHead;
import dev.kinetic.plan.persistence.PlanHeads;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Follows plan-events on every replica (a consumer group of its own per start, from the end, committing nothing), so
 * that each replica learns the versions committed through the others and can answer plan reads from memory
 * ({@code KnownHeads}). Its partitions' positions are fixed before following is declared, so nothing committed
 * after that point is missed. A record that is not a plan event is skipped here: the webhook consumer reads the same
 * records and dead-letters it once.
 */
@ApplicationScoped
@Identifier(PlanHeadFollower.CHANNEL)
public class PlanHeadFollower implements KafkaConsumerRebalanceListener {

    static final String CHANNEL = "plan-heads";
    private static final Logger LOG = Logger.getLogger(PlanHeadFollower.class);

    private final PlanHeads heads;
    private final ObjectMapper mapper;

    public PlanHeadFollower(PlanHeads heads, ObjectMapper mapper) {
        this.heads = heads;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    public CompletionStage<Void> follow(KafkaRecordBatch<String, String> batch) {
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                PlanEventNotice notice = PlanEventRecords.read(record, mapper).notice();
                heads.learnt(notice.planId(), new PlanHead(notice.partner(), notice.version()));
            } catch (RuntimeException e) {
                LOG.debugf("Not a plan event, skipped: %s", e.getMessage());
            }
        }
        return batch.ack();
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (consumer.assignment().isEmpty()) {
            return;
        }
        // The positions are looked up lazily otherwise, at the next poll: events committed until then would be skipped.
        consumer.assignment().forEach(consumer::position);
        heads.followingStarted();
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            heads.followingStopped();
        }
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        heads.followingStopped();
    }
}
